<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountCommands</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <source>New c&amp;hild account…</source>
        <translation>Nieuwe &amp;onderliggende klant…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Klant bewerken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Alles hieronder uitvouwen</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Klant openen</translation>
    </message>
    <message>
        <source>Plan visits for it and everything below…</source>
        <translation>Bezoeken plannen voor deze klant en alles eronder…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>New account under %1</source>
        <translation>Nieuwe klant onder %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active accounts below it. Archive them too?</source>
        <translation>
            <numerusform>Onder %1 staat %n actieve klant. Die ook archiveren?</numerusform>
            <numerusform>Onder %1 staan %n actieve klanten. Die ook archiveren?</numerusform>
        </translation>
    </message>
    <message>
        <source>One undo step brings them all back.</source>
        <translation>Eén keer ongedaan maken haalt ze allemaal terug.</translation>
    </message>
    <message>
        <source>Archive all</source>
        <translation>Alles archiveren</translation>
    </message>
</context>
<context>
    <name>AccountFilterMenu</name>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Bezoek achterstallig</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>Problemen over de uiterste datum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Show archived accounts</source>
        <translation>Gearchiveerde klanten weergeven</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country (ISO)</source>
        <translation>Land (ISO)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Bovenliggend</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>labels scheiden met komma&apos;s</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Wat u de vorige keer hebt ingevoerd, is teruggezet (nog niet opgeslagen).</translation>
    </message>
</context>
<context>
    <name>AccountQuestion</name>
    <message>
        <source>Import vCards</source>
        <translation>vCards importeren</translation>
    </message>
    <message>
        <source>Which account do the contacts in %1 belong to?</source>
        <translation>Bij welke klant horen de contactpersonen in %1?</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Klanten zoeken op naam of code</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Type part of a name or code and pick the account.</source>
        <translation>Typ een deel van een naam of code en kies de klant.</translation>
    </message>
</context>
<context>
    <name>AccountTreeDock</name>
    <message>
        <source>By hierarchy</source>
        <translation>Per hiërarchie</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Per regio</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Search name, code, city, contact, tag… (Ctrl+F)</source>
        <translation>Zoeken op naam, nummer, plaats, contactpersoon, label… (Ctrl+F)</translation>
    </message>
    <message>
        <source>No accounts yet — import a spreadsheet or add one.</source>
        <translation>Nog geen klanten — importeer een spreadsheet of voeg er een toe.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Geen klant gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>clear filters</source>
        <translation>filters wissen</translation>
    </message>
    <message>
        <source>Filtered list · counting… · %1</source>
        <translation>Gefilterde lijst · tellen… · %1</translation>
    </message>
    <message>
        <source>%1 matching accounts · %2</source>
        <translation>%1 gevonden klanten · %2</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <source>Find an alert: account or text (Ctrl+F)</source>
        <translation>Signalering zoeken: klant of tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an alert</source>
        <translation>Signalering zoeken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open what the alert is about (Enter)</source>
        <translation>Openen waar de signalering over gaat (Enter)</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Negeren…</translation>
    </message>
    <message>
        <source>Hide the alert, with a reason, until what it is about changes (Delete)</source>
        <translation>De signalering met een reden verbergen tot er iets aan verandert (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Show a snoozed or dismissed alert again</source>
        <translation>Een uitgestelde of genegeerde signalering weer weergeven</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the alerts again (F5)</source>
        <translation>Signaleringen opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>Tot volgende maandag</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Een week</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Tot een datum…</translation>
    </message>
    <message>
        <source>Hide the alert until a day you choose</source>
        <translation>De signalering verbergen tot een dag naar keuze</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Genegeerde weergeven</translation>
    </message>
    <message>
        <source>Also list the alerts you snoozed or dismissed</source>
        <translation>Ook uitgestelde en genegeerde signaleringen weergeven</translation>
    </message>
    <message>
        <source>The alerts could not be read (%1). Press F5 to try again.</source>
        <translation>De signaleringen konden niet worden gelezen (%1). Druk op F5 om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Open a database to see what needs you today.</source>
        <translation>Open een database om te zien wat vandaag aandacht vraagt.</translation>
    </message>
    <message>
        <source>Reading alerts…</source>
        <translation>Signaleringen lezen…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Vandaag vraagt niets uw aandacht.</translation>
    </message>
    <message>
        <source>%1 snoozed or dismissed: show them</source>
        <translation>%1 uitgesteld of genegeerd: weergeven</translation>
    </message>
    <message>
        <source>No alert matches the search. Clear it to see them all.</source>
        <translation>Geen signalering past bij de zoekopdracht. Maak die leeg om ze allemaal te zien.</translation>
    </message>
    <message>
        <source>snooze the alert “%1”</source>
        <translation>signalering “%1” uitstellen</translation>
    </message>
    <message>
        <source>dismiss the alert “%1”</source>
        <translation>signalering “%1” negeren</translation>
    </message>
    <message>
        <source>show the alert “%1” again</source>
        <translation>signalering “%1” weer weergeven</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signaleringen</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>These lines are outside the price policy:</source>
        <translation>Deze regels vallen buiten het prijsbeleid:</translation>
    </message>
    <message>
        <source>Name and role, e.g. Wang Li, regional director</source>
        <translation>Naam en functie, bijv. Wang Li, regiodirecteur</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>&amp;Goedkeurder:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Recorded with the time. Changing a flagged line afterwards cancels the approval, and the quote must be approved again.</source>
        <translation>Wordt vastgelegd met het tijdstip. Als een gemarkeerde regel daarna wordt gewijzigd, vervalt de goedkeuring en moet de offerte opnieuw worden goedgekeurd.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Concept verwijderd</translation>
    </message>
    <message>
        <source>Brought back (Undo)</source>
        <translation>Teruggehaald (ongedaan maken)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffels</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Ondertekende scan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>Basisbeleid</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Vanaf aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Prijsregel</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>Richtprijs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Gaat uit van</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Afronden op</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Toeslag</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>Minimale marge</translation>
    </message>
    <message>
        <source>Maximum margin</source>
        <translation>Maximale marge</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Bodemprijs</translation>
    </message>
    <message>
        <source>Minimum markup % (over cost)</source>
        <translation>Minimale opslag % (op kostprijs)</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>Maximale korting</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Goedkeuringsdrempel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Getekend door</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Ingevoerd op</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislijn</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Bovenliggende klant</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Inkoopbeleid</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Whose side</source>
        <translation>Aan wiens kant</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Gewenste levering</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>Quote discount</source>
        <translation>Offertekorting</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Leveringsvoorwaarden</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Orderbevestiging</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Concept verworpen</translation>
    </message>
    <message>
        <source>Repriced</source>
        <translation>Opnieuw geprijsd</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>Revisie van</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Afgewezen door</translation>
    </message>
    <message>
        <source>Line moved</source>
        <translation>Regel verplaatst</translation>
    </message>
    <message>
        <source>Line duplicated</source>
        <translation>Regel gedupliceerd</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Price policy</source>
        <translation>Prijsbeleid</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Doorverkoop</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>Prijzen zoals afgesproken</translation>
    </message>
    <message>
        <source>POS material in place</source>
        <translation>POS-materiaal aanwezig</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>Doet mee aan de actie</translation>
    </message>
    <message>
        <source>Would recommend us (0-10)</source>
        <translation>Zou ons aanbevelen (0-10)</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>No change has been recorded for it yet (records brought in by the demo or an import start their history at their first change here).</source>
        <translation>Hiervoor is nog geen wijziging vastgelegd (bij records uit de demo of een import begint de geschiedenis bij de eerste wijziging hier).</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <source>A team database is backed up by its server, not by acct-desktop: ask whoever runs the server about its backups.</source>
        <translation>Een teamdatabase wordt door haar server geback-upt, niet door acct-desktop: vraag de beheerder van de server naar de back-ups.</translation>
    </message>
    <message>
        <source>This is a server database: the server&apos;s administrator backs it up (pg_dump), not acct-desktop.</source>
        <translation>Dit is een serverdatabase: de beheerder van de server maakt de back-ups (pg_dump), niet acct-desktop.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) written to %1</source>
        <translation>
            <numerusform>%n bezoek weggeschreven naar %1</numerusform>
            <numerusform>%n bezoeken weggeschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import geannuleerd. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Bezoekagenda</translation>
    </message>
    <message>
        <source>Preparing visit sheets…</source>
        <translation>Bezoekbladen voorbereiden…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>Afdrukken geannuleerd. Er is niets afgedrukt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the details.</source>
        <translation>
            <numerusform>… en nog %n; zie de details.</numerusform>
            <numerusform>… en nog %n; zie de details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them and import the rest</source>
        <translation>Overslaan en de rest importeren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Read a calendar file</source>
        <translation>Agendabestand inlezen</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>No written checklist yet. Issue one from the account&apos;s open issues (Issue checklist…); the customer stamps it and you attach the scan.</source>
        <translation>Nog geen schriftelijke probleemlijst. Geef er een uit met de openstaande problemen van de klant (Probleemlijst uitgeven…); de klant stempelt hem en u voegt de scan toe.</translation>
    </message>
    <message>
        <source>Issue checklist…</source>
        <translation>Probleemlijst uitgeven…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Opnieuw uitgeven…</translation>
    </message>
    <message>
        <source>Attach stamped copy…</source>
        <translation>Gestempeld exemplaar toevoegen…</translation>
    </message>
    <message>
        <source>Open stamped copy</source>
        <translation>Gestempeld exemplaar openen</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>Bestand verifiëren…</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>Verzegelde probleemlijst opslaan</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>%1 is marked stamped by the customer.</source>
        <translation>%1 is gemarkeerd als gestempeld door de klant.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Cannot reach the team database — what you type is kept; Save it once the database is back.</source>
        <translation>De teamdatabase is niet bereikbaar — wat u typt blijft bewaard; sla het op zodra de database terug is.</translation>
    </message>
    <message>
        <source>Cannot open the database file — what you type is kept; Save it once the file is back.</source>
        <translation>Het databasebestand kan niet worden geopend — wat u typt blijft bewaard; sla het op zodra het bestand terug is.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>1 = little say … 5 = decides</source>
        <translation>1 = weinig inspraak … 5 = beslist</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Messenger id:</source>
        <translation>&amp;Messenger-ID:</translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation>&amp;Rol bij de beslissing:</translation>
    </message>
    <message>
        <source>&amp;Attitude to us:</source>
        <translation>&amp;Houding tegenover ons:</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>&amp;Invloed:</translation>
    </message>
    <message>
        <source>Report&amp;s to:</source>
        <translation>Ra&amp;pporteert aan:</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>&amp;Laatste contact:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Uw tekst is bewaard: sluit het formulier en open het opnieuw om hun wijziging met de uwe erover te zien.</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Wat u de vorige keer hebt ingevoerd, is teruggezet (nog niet opgeslagen).</translation>
    </message>
</context>
<context>
    <name>ContactMapCommands</name>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Arrange as org chart</source>
        <translation>Als organigram schikken</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>vCards importeren…</translation>
    </message>
    <message>
        <source>Export vCards…</source>
        <translation>vCards exporteren…</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>Contactenkaart</translation>
    </message>
    <message>
        <source>Choose an account first: a contact is added to the current account.</source>
        <translation>Kies eerst een klant: een contactpersoon wordt toegevoegd aan de huidige klant.</translation>
    </message>
    <message>
        <source>add contact %1</source>
        <translation>contactpersoon %1 toevoegen</translation>
    </message>
    <message>
        <source>edit contact %1</source>
        <translation>contactpersoon %1 bewerken</translation>
    </message>
    <message>
        <source>change whom %1 reports to</source>
        <translation>leidinggevende van %1 wijzigen</translation>
    </message>
    <message>
        <source>remove %1 from the map</source>
        <translation>%1 van de kaart halen</translation>
    </message>
    <message>
        <source>%1 manages %2</source>
        <translation>%1 is leidinggevende van %2</translation>
    </message>
    <message>
        <source>%1 influences %2</source>
        <translation>%1 beïnvloedt %2</translation>
    </message>
    <message>
        <source>%1 is allied with %2</source>
        <translation>%1 is bondgenoot van %2</translation>
    </message>
    <message>
        <source>%1 is in conflict with %2</source>
        <translation>%1 is in conflict met %2</translation>
    </message>
    <message>
        <source>%1 knows %2</source>
        <translation>%1 kent %2</translation>
    </message>
    <message>
        <source>link %1 and %2 (%3)</source>
        <translation>%1 en %2 koppelen (%3)</translation>
    </message>
    <message>
        <source>remove relationship “%1”</source>
        <translation>relatie ‘%1’ verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>move %n cards on the contact map</source>
        <translation>
            <numerusform>%n kaart op de contactkaart verplaatsen</numerusform>
            <numerusform>%n kaarten op de contactkaart verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>arrange the map as an org chart</source>
        <translation>kaart als organigram schikken</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporteert aan</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>Remove from the map (archive)</source>
        <translation>Van de kaart verwijderen (archiveren)</translation>
    </message>
    <message>
        <source>Remove relationship “%1”</source>
        <translation>Relatie “%1” verwijderen</translation>
    </message>
    <message>
        <source>Add contact here…</source>
        <translation>Hier contactpersoon toevoegen…</translation>
    </message>
    <message>
        <source>Choose the account the contacts belong to first.</source>
        <translation>Kies eerst de klant waartoe de contactpersonen behoren.</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>vCards importeren</translation>
    </message>
    <message>
        <source>vCards (*.vcf *.vcard)</source>
        <translation>vCard-bestanden (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>Their name becomes a placeholder; phones, e-mails, notes and relationships are removed, and their name is replaced in visit reports and issues. Visits still count. This cannot be undone. Why are you erasing it?</source>
        <translation>De naam wordt vervangen door een plaatshouder; telefoonnummers, e-mailadressen, notities en relaties worden verwijderd, en de naam wordt ook in bezoekverslagen en problemen vervangen. Bezoeken blijven meetellen. Dit kan niet ongedaan worden gemaakt. Waarom wist u deze gegevens?</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kan %1 niet opslaan.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Kaart exporteren</translation>
    </message>
</context>
<context>
    <name>ContactMapDock</name>
    <message>
        <source>Select an account to see its people and who reports to whom.</source>
        <translation>Selecteer een klant om de mensen te zien en wie aan wie rapporteert.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>With child accounts</source>
        <translation>Met onderliggende klanten</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>All attitudes</source>
        <translation>Alle houdingen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Flag people not contacted for longer than this</source>
        <translation>Personen markeren met wie langer dan dit geen contact is geweest</translation>
    </message>
    <message>
        <source>Not contacted for over</source>
        <translation>Geen contact langer dan</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Persoon zoeken</translation>
    </message>
    <message>
        <source>Border weight and ●●●○○ = influence</source>
        <translation>Randdikte en ●●●○○ = invloed</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Leidt</translation>
    </message>
    <message>
        <source>No accounts yet: import accounts (File → Import accounts…) or add one (Ctrl+N in the account tree) first, then add who decides there.</source>
        <translation>Nog geen klanten: importeer eerst klanten (Bestand → Klanten importeren…) of voeg er een toe (Ctrl+N in de klantenboom), en voeg dan toe wie er beslist.</translation>
    </message>
    <message>
        <source>Select an account to see who decides there.</source>
        <translation>Selecteer een klant om te zien wie daar beslist.</translation>
    </message>
    <message>
        <source>No contacts recorded for this account yet.</source>
        <translation>Voor deze klant zijn nog geen contactpersonen vastgelegd.</translation>
    </message>
    <message>
        <source>Nobody is known at this account yet. Double-click the map (or Add contact) to add the first person.</source>
        <translation>Bij deze klant is nog niemand bekend. Dubbelklik op de kaart (of kies Contactpersoon toevoegen) om de eerste persoon toe te voegen.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Single-threaded: one contact only</source>
        <translation>Eén lijntje: maar één contactpersoon</translation>
    </message>
    <message>
        <source>Nobody as: %1</source>
        <translation>Niemand als: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Blokkeert: %1</translation>
    </message>
    <message>
        <source>Champions: %1</source>
        <translation>Ambassadeurs: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Not contacted for over %1 days:</source>
        <translation>Langer dan %1 dagen geen contact:</translation>
    </message>
    <message>
        <source>Every role covered</source>
        <translation>Elke rol bezet</translation>
    </message>
    <message>
        <source>%1 people at %2 accounts</source>
        <translation>%1 personen bij %2 klanten</translation>
    </message>
    <message>
        <source>No decision maker at %1 accounts:</source>
        <translation>Geen beslisser bij %1 klanten:</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>Blokkeerders: %1</translation>
    </message>
</context>
<context>
    <name>ContactMapKeys</name>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>This list cannot be read while the database cannot be reached — it comes back when the database answers.</source>
        <translation>Deze lijst kan niet worden gelezen zolang de database niet bereikbaar is — ze komt terug zodra de database antwoordt.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>No new visits are proposed on your days off; visits already booked on them stay as they are.</source>
        <translation>Op uw vrije dagen worden geen nieuwe bezoeken voorgesteld; bezoeken die al op die dagen staan, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;Add days off</source>
        <translation>Vrije dagen &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>DaysOffRow</name>
    <message>
        <source>e.g. leave, training</source>
        <translation>bijv. verlof, training</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Approved by (required):</source>
        <translation>&amp;Goedgekeurd door (verplicht):</translation>
    </message>
    <message>
        <source>Who decided, e.g. Wang Li, sales director, by phone</source>
        <translation>Wie besliste, bijv. Jan de Vries, verkoopdirecteur, telefonisch</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Why — it is recorded with your name and the time, for whoever asks later</source>
        <translation>Waarom — wordt vastgelegd met uw naam en het tijdstip, voor wie het later vraagt</translation>
    </message>
    <message>
        <source>This is a decision, not an edit: Undo (Ctrl+Z) does not reverse it. It stays in the record&apos;s history.</source>
        <translation>Dit is een besluit, geen bewerking: Ongedaan maken (Ctrl+Z) draait het niet terug. Het blijft in de geschiedenis van het record staan.</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <source>Open the de&amp;mo database</source>
        <translation>&amp;Demodatabase openen</translation>
    </message>
    <message>
        <source>A sample territory to try everything on, made the first time it is opened</source>
        <translation>Een voorbeeldregio om alles op uit te proberen, aangemaakt bij de eerste keer openen</translation>
    </message>
    <message>
        <source>Creating the demo database (200 sample accounts)…</source>
        <translation>Demodatabase wordt aangemaakt (200 voorbeeldklanten)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabase</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>De demodatabase kon niet worden aangemaakt: %1</translation>
    </message>
</context>
<context>
    <name>DiscrepancyFormDialog</name>
    <message>
        <source>Discrepancy form</source>
        <translation>Afwijkingsformulier</translation>
    </message>
    <message>
        <source>What the figures and the visit showed</source>
        <translation>Wat de cijfers en het bezoek lieten zien</translation>
    </message>
    <message>
        <source>What will be done about it</source>
        <translation>Wat eraan wordt gedaan</translation>
    </message>
    <message>
        <source>How we will see it worked, e.g. outbound ≥ plan</source>
        <translation>Waaraan we zien dat het werkt, bijv. uitlevering ≥ plan</translation>
    </message>
    <message>
        <source>Make it a customer issue</source>
        <translation>Als klantprobleem vastleggen</translation>
    </message>
    <message>
        <source>Track the action in the issues register, with its deadline</source>
        <translation>De actie volgen in het probleemregister, met uiterste datum</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Suspected cause</source>
        <translation>Vermoedelijke oorzaak</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>KPI of the action</source>
        <translation>KPI van de actie</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer issue</source>
        <translation>Klantprobleem</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Wat u de vorige keer hebt ingevoerd, is teruggezet (nog niet opgeslagen).</translation>
    </message>
    <message>
        <source>(none — the button makes one)</source>
        <translation>(geen — de knop maakt er een aan)</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss alert</source>
        <translation>Signalering negeren</translation>
    </message>
    <message>
        <source>Why it does not need you, e.g. “Customer agreed a new date by phone.”</source>
        <translation>Waarom het geen aandacht nodig heeft, bijv. “Klant heeft telefonisch een nieuwe datum afgesproken.”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>It comes back if what it is about changes.</source>
        <translation>De signalering komt terug als er iets aan verandert.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
</context>
<context>
    <name>DockFocus</name>
    <message>
        <source>&amp;Next dock</source>
        <translation>Volge&amp;nd paneel</translation>
    </message>
    <message>
        <source>&amp;Previous dock</source>
        <translation>V&amp;orig paneel</translation>
    </message>
    <message>
        <source>Close &amp;dock</source>
        <translation>Paneel &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>DockKeys</name>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Lijst afdrukken…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Print the monthly summary…</source>
        <translation>Maandrapportage afdrukken…</translation>
    </message>
    <message>
        <source>the profile card</source>
        <translation>de profielkaart</translation>
    </message>
    <message>
        <source>Delete does nothing in the profile card: archive an account with Delete in the account tree.</source>
        <translation>Delete doet niets op de profielkaart: archiveer een klant met Delete in de klantenboom.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DockTour</name>
    <message>
        <source>Skip tour</source>
        <translation>Rondleiding overslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Shortcut: %1 (%2)</source>
        <translation>Sneltoets: %1 (%2)</translation>
    </message>
    <message>
        <source>Your customers as head offices, branches and outlets. Choose one and every other dock follows it.</source>
        <translation>Uw klanten als hoofdkantoren, vestigingen en verkooppunten. Kies er een en elk ander paneel volgt.</translation>
    </message>
    <message>
        <source>Profile card</source>
        <translation>Profielkaart</translation>
    </message>
    <message>
        <source>Everything about the chosen account in tabs: details, contacts, visits, prices, quotes and issues.</source>
        <translation>Alles over de gekozen klant in tabbladen: gegevens, contactpersonen, bezoeken, prijzen, offertes en problemen.</translation>
    </message>
    <message>
        <source>What needs you now: visits and issues overdue, quotes about to expire, rebates late. Double-click one to open it; Today on the top bar brings today forward.</source>
        <translation>Wat nu uw aandacht vraagt: achterstallige bezoeken en problemen, offertes die bijna verlopen, late bonussen. Dubbelklik om te openen; Vandaag in de bovenbalk brengt vandaag naar voren.</translation>
    </message>
    <message>
        <source>Your visits by week or month; drag one to move it. Plan visits… suggests who is due and books the week.</source>
        <translation>Uw bezoeken per week of maand; sleep een bezoek om het te verplaatsen. Bezoeken plannen… stelt voor wie aan de beurt is en plant de week.</translation>
    </message>
    <message>
        <source>Who decides at the chosen account and who reports to whom; its Territory tab shows your accounts on a map.</source>
        <translation>Wie beslist bij de gekozen klant en wie aan wie rapporteert; het tabblad Gebied toont uw klanten op een kaart.</translation>
    </message>
    <message>
        <source>Quotes priced from the account&apos;s policies and rebates, saved as a draft as you type and printed as PDF.</source>
        <translation>Offertes geprijsd volgens het prijsbeleid en de bonussen van de klant, als concept bewaard terwijl u typt en als PDF afgedrukt.</translation>
    </message>
    <message>
        <source>The register of price policies and rebate agreements, from draft to approved, with their signed scans.</source>
        <translation>Het register van prijsbeleid en bonusafspraken, van concept tot goedgekeurd, met hun ondertekende scans.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, quotes and issues by any word, from anywhere in the window. + New beside it adds any of them.</source>
        <translation>Klanten, contactpersonen, bezoeken, offertes en problemen op elk woord, vanuit het hele venster. + Nieuw ernaast voegt elk ervan toe.</translation>
    </message>
</context>
<context>
    <name>DockUndo</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw uitgevoerd: %1</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>Database &amp;versleutelen…</translation>
    </message>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation>Database ont&amp;sleutelen…</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (versleuteld)</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <source>Encrypt %1? Its key is kept in this computer&apos;s keyring, and you get a recovery key to store safely. The database is closed while it is copied and opened again afterwards.</source>
        <translation>%1 versleutelen? De sleutel wordt bewaard in de sleutelring van deze computer en u krijgt een herstelsleutel om veilig op te bergen. De database wordt gesloten terwijl hij wordt gekopieerd en daarna weer geopend.</translation>
    </message>
    <message>
        <source>Protect the new database</source>
        <translation>De nieuwe database beveiligen</translation>
    </message>
    <message>
        <source>Encrypt %1? Recommended on a laptop: nobody can read the file without this Windows account&apos;s keyring or the recovery key you will be shown next.</source>
        <translation>%1 versleutelen? Aanbevolen op een laptop: niemand kan het bestand lezen zonder de sleutelring van dit Windows-account of de herstelsleutel die u hierna te zien krijgt.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Database ontsleutelen</translation>
    </message>
    <message>
        <source>Decrypt %1? Afterwards anyone who can read the file, or a copy of it, can read its data.</source>
        <translation>%1 ontsleutelen? Daarna kan iedereen die het bestand of een kopie ervan kan lezen, ook de gegevens lezen.</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Ontsleutelen…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Import accounts</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>No database is open. Create a new database for the accounts in %1, or open an existing one, and the import follows.</source>
        <translation>Er is geen database geopend. Maak een nieuwe database voor de klanten in %1, of open een bestaande, en de import volgt.</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Nieuwe database maken…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Bestaande database openen…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Alle bereiken</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation>Einddatum: willekeurig</translation>
    </message>
    <message>
        <source>Ending within </source>
        <translation>Eindigt binnen </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Only what ends between today and today + N days (0: any end date)</source>
        <translation>Alleen wat eindigt tussen vandaag en vandaag + N dagen (0: elke einddatum)</translation>
    </message>
    <message>
        <source>Entered late only</source>
        <translation>Alleen te laat ingevoerd</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <source>Changed by someone else meanwhile: &apos;%1&apos;; your text is kept here.</source>
        <translation>Intussen door iemand anders gewijzigd: &apos;%1&apos;; uw tekst blijft hier staan.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>niet aangevinkt</translation>
    </message>
</context>
<context>
    <name>GlobalHitsModel</name>
    <message numerus="yes">
        <source>%1 — %Ln found</source>
        <translation>
            <numerusform>%1 — %Ln gevonden</numerusform>
            <numerusform>%1 — %Ln gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle resultaten</translation>
    </message>
    <message>
        <source>Back to the first hits of every kind (Esc)</source>
        <translation>Terug naar de eerste treffers van elke soort (Esc)</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>Alles tonen…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <translation>
            <numerusform>Alle %Ln tonen</numerusform>
            <numerusform>Alle %Ln tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hit of this kind, in a list that reads more as you scroll</source>
        <translation>Alle treffers van deze soort, in een lijst die verder leest terwijl u scrolt</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search accounts, contacts, quotes… (%1)</source>
        <translation>Zoek klanten, contactpersonen, offertes… (%1)</translation>
    </message>
    <message>
        <source>Accounts, contacts, quotes, issues and checklists, by any part of a name or number; accents and case do not matter</source>
        <translation>Klanten, contactpersonen, offertes, problemen en probleemlijsten, op elk deel van een naam of nummer; accenten en hoofdletters maken niet uit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Today in the calendar, and today&apos;s alerts</source>
        <translation>De agenda naar vandaag, en de meldingen van vandaag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Alles &amp;doorzoeken</translation>
    </message>
    <message>
        <source>Search needs a database with accounts: open one, or start below.</source>
        <translation>Zoeken vraagt een database met klanten: open er een, of begin hieronder.</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accounts</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>sales figures</source>
        <translation>verkoopcijfers</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>%1 importeren uit %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · %1</source>
        <translation>
            <numerusform>%Ln rij · %1</numerusform>
            <numerusform>%Ln rijen · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>(refuse the row)</source>
        <translation>(rij weigeren)</translation>
    </message>
    <message>
        <source>Kind when the file gives none</source>
        <translation>Soort als het bestand er geen opgeeft</translation>
    </message>
    <message>
        <source>Figures replaced in the file&apos;s months</source>
        <translation>Cijfers vervangen in de maanden van het bestand</translation>
    </message>
    <message>
        <source>Column names in row</source>
        <translation>Kolomnamen in rij</translation>
    </message>
    <message>
        <source>The row of the file that holds the column names. Rows above it (a title, group names over merged cells) are not imported.</source>
        <translation>De rij van het bestand met de kolomnamen. Rijen erboven (een titel, groepsnamen boven samengevoegde cellen) worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The column names are read from row %1, the row with these headers.</source>
        <translation>De kolomnamen worden uit rij %1 gelezen, de rij met deze kopteksten.</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: it is required.</source>
        <translation>Kies de kolom met “%1”: die is verplicht.</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, choose the row that does under “Column names in row”.</source>
        <translation>Staan de kolomnamen niet op regel %1, kies dan bij “Kolomnamen in rij” de rij waar ze wel staan.</translation>
    </message>
    <message>
        <source>For the rows that name no measure, choose one under “Measure when the file gives none”, then import again.</source>
        <translation>Kies voor de rijen zonder meetwaarde er een onder “Meetwaarde als het bestand er geen opgeeft”, en importeer opnieuw.</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (File → Import accounts…), then this file again.</source>
        <translation>1 klantnummer uit dit bestand staat nog niet in de database: importeer die klant eerst (Bestand → Klanten importeren…) en daarna dit bestand opnieuw.</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (File → Import accounts…), then this file again.</source>
        <translation>%1 klantnummers uit dit bestand staan nog niet in de database: importeer die klanten eerst (Bestand → Klanten importeren…) en daarna dit bestand opnieuw.</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Branch-warehouse outbound</source>
        <translation>Uitlevering filiaalmagazijn</translation>
    </message>
    <message>
        <source>Terminal sell-out</source>
        <translation>Eindverkoop</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Actuele voorraad</translation>
    </message>
    <message>
        <source>Words in the measure column</source>
        <translation>Woorden in de kolom meetwaarde</translation>
    </message>
    <message>
        <source>(not a measure: refuse its rows)</source>
        <translation>(geen meetwaarde: rijen weigeren)</translation>
    </message>
    <message>
        <source>Measure when the file gives none</source>
        <translation>Meetwaarde als het bestand er geen opgeeft</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Columns chosen as for your last import of a file with these headers (%1). Check them before importing.</source>
        <translation>Kolommen gekozen zoals bij uw laatste import van een bestand met deze kolomkoppen (%1). Controleer ze voordat u importeert.</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Controleren en importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import geannuleerd. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem (%1). Nothing was written.</source>
        <translation>De import is gestopt door een onverwacht probleem (%1). Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Only the accounts and measures in the file</source>
        <translation>Alleen de klanten en meetwaarden in het bestand</translation>
    </message>
    <message>
        <source>Every account of the file&apos;s territories</source>
        <translation>Elke klant in de regio&apos;s van het bestand</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Elke klant</translation>
    </message>
    <message>
        <source>The file replaces the figures of the months it holds. By default only those of its own accounts, for the measures it has for each. When a corrected file moves figures from one account to another, choose the accounts of its territories or every account, so the wrong figures go too.</source>
        <translation>Het bestand vervangt de cijfers van de maanden die het bevat. Standaard alleen die van zijn eigen klanten, voor de meetwaarden die het per klant heeft. Verplaatst een verbeterd bestand cijfers van de ene klant naar de andere, kies dan de klanten van zijn regio&apos;s of elke klant, zodat de verkeerde cijfers ook verdwijnen.</translation>
    </message>
    <message>
        <source>The dates are right: import the rows of each of these months (%1)</source>
        <translation>De datums kloppen: importeer de rijen van elk van deze maanden (%1)</translation>
    </message>
    <message>
        <source>“%1” looks like a quantity, not an amount: its numbers would be booked as money. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>“%1” lijkt een aantal, geen bedrag: de getallen zouden als geld worden geboekt. Kies hierboven de kolom met het bedrag, of vink het vakje aan als “%1” wel bedragen bevat.</translation>
    </message>
    <message>
        <source>On every row “%1” holds the same number as the quantity. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>Op elke rij staat in “%1” hetzelfde getal als het aantal. Kies hierboven de kolom met het bedrag, of vink het vakje aan als “%1” wel bedragen bevat.</translation>
    </message>
    <message>
        <source>“%1” holds the amounts (money)</source>
        <translation>“%1” bevat de bedragen (geld)</translation>
    </message>
    <message>
        <source>If “%1” holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>Bevat “%1” de aantallen, kies die kolom dan bij “%2” en importeer opnieuw. Heeft het bestand geen aantallen, vink dan het vakje onder de problemen aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>If a column holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>Bevat een kolom de aantallen, kies die dan bij “%2” en importeer opnieuw. Heeft het bestand geen aantallen, vink dan het vakje onder de problemen aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Correct a mistyped date in the file and import it again. If the dates are right, tick the box below the problems and import again.</source>
        <translation>Verbeter een verkeerd getypte datum in het bestand en importeer het opnieuw. Kloppen de datums, vink dan het vakje onder de problemen aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose it under “%2” and the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>Bevat “%1” aantallen, kies de kolom dan bij “%2” en de kolom met het bedrag bij “%3”. Bevat de kolom wel bedragen, vink dan het vakje onder “%3” aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>Bevat “%1” aantallen, kies dan bij “%3” de kolom met het bedrag. Bevat de kolom wel bedragen, vink dan het vakje onder “%3” aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>If “%1” holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>Bevat “%1” de bedragen, kies die kolom dan bij “%2” en importeer opnieuw. Heeft het bestand geen bedragen, vink dan het vakje onder de problemen aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>The file has no amounts: its figures, and those it replaces, get amount 0</source>
        <translation>Het bestand heeft geen bedragen: de cijfers ervan, en die het vervangt, krijgen bedrag 0</translation>
    </message>
    <message>
        <source>The file has no quantities: its figures, and those it replaces, get quantity 0</source>
        <translation>Het bestand heeft geen aantallen: de cijfers ervan, en die het vervangt, krijgen aantal 0</translation>
    </message>
    <message>
        <source>If a column holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>Bevat een kolom de bedragen, kies die dan bij “%2” en importeer opnieuw. Heeft het bestand geen bedragen, vink dan het vakje onder de problemen aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Choose “%1” under “%2”, then import again.</source>
        <translation>Kies “%1” onder “%2” en importeer opnieuw.</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (met BOM)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>Chinees (GB18030)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>West-Europees (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (Latin-1)</source>
        <translation>West-Europees (Latin-1)</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>kolommen gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>kolommen gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>kolommen gescheiden door tabs</translation>
    </message>
    <message>
        <source>columns separated by vertical bars</source>
        <translation>kolommen gescheiden door verticale strepen</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel-werkmap, blad %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>CSV file, %1 text</source>
        <translation>CSV-bestand, %1-tekst</translation>
    </message>
    <message>
        <source>CSV file, %1 text, %2</source>
        <translation>CSV-bestand, %1-tekst, %2</translation>
    </message>
</context>
<context>
    <name>IssueBulkEditDialog</name>
    <message>
        <source>Bulk edit issues</source>
        <translation>Problemen in bulk bewerken</translation>
    </message>
    <message>
        <source>Change %1 issues. Tick what to set; the rest stays as it is.</source>
        <translation>%1 problemen wijzigen. Vink aan wat u wilt instellen; de rest blijft zoals het is.</translation>
    </message>
    <message>
        <source>Set responsible</source>
        <translation>Verantwoordelijke instellen</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Persoon of team</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>Uiterste datum instellen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status instellen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>How they were resolved</source>
        <translation>Hoe ze zijn opgelost</translation>
    </message>
</context>
<context>
    <name>IssueChecklistDialog</name>
    <message>
        <source>Written checklist — %1</source>
        <translation>Schriftelijke probleemlijst — %1</translation>
    </message>
    <message>
        <source>With the issues of the accounts below it</source>
        <translation>Met de problemen van de klanten eronder</translation>
    </message>
    <message>
        <source>Also list the open issues of every account below this one (its branches, stores, warehouses); each line names its account and the printed checklist says it covers them</source>
        <translation>Neem ook de openstaande problemen van alle klanten eronder op (vestigingen, winkels, magazijnen); elke regel noemt de klant en de afgedrukte lijst vermeldt dat ze erbij horen</translation>
    </message>
    <message>
        <source>Re-issue as the next revision. Issues to list:</source>
        <translation>Opnieuw uitgeven als volgende revisie. Te vermelden problemen:</translation>
    </message>
    <message>
        <source>Open issues to list on the checklist:</source>
        <translation>Openstaande problemen voor de probleemlijst:</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Niets selecteren</translation>
    </message>
    <message>
        <source>Printed in %1 (the account&apos;s document language).</source>
        <translation>Afgedrukt in %1 (de documenttaal van de klant).</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>Mijn gegevens…</translation>
    </message>
    <message>
        <source>Issue and seal…</source>
        <translation>Uitgeven en verzegelen…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · verlopen</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>uiterste datum %1</translation>
    </message>
    <message>
        <source>Neither this account nor any account below it has open issues to put on a checklist.</source>
        <translation>Deze klant en de klanten eronder hebben geen openstaande problemen voor een probleemlijst.</translation>
    </message>
    <message>
        <source>This account has no open issues of its own. Tick “With the issues of the accounts below it” to list theirs.</source>
        <translation>Deze klant heeft zelf geen openstaande problemen. Vink „Met de problemen van de klanten eronder” aan om die van hen op te nemen.</translation>
    </message>
    <message>
        <source>This account has no open issues to put on a checklist.</source>
        <translation>Deze klant heeft geen openstaande problemen voor een probleemlijst.</translation>
    </message>
    <message>
        <source>Issued and sealed by %1 (%2)</source>
        <translation>Uitgegeven en verzegeld door %1 (%2)</translation>
    </message>
    <message>
        <source>Fill in your name and company first (My details…).</source>
        <translation>Vul eerst uw naam en bedrijf in (Mijn gegevens…).</translation>
    </message>
    <message>
        <source>Tick at least one issue to list.</source>
        <translation>Vink ten minste één probleem aan.</translation>
    </message>
    <message>
        <source>Creating your seal key (first time only), then printing and sealing…</source>
        <translation>Uw zegelsleutel wordt gemaakt (alleen de eerste keer), daarna afdrukken en verzegelen…</translation>
    </message>
    <message>
        <source>Printing and sealing…</source>
        <translation>Afdrukken en verzegelen…</translation>
    </message>
    <message>
        <source>%1 still waits for the customer&apos;s stamp and lists some of these issues.</source>
        <translation>%1 wacht nog op de stempel van de klant en vermeldt een deel van deze problemen.</translation>
    </message>
    <message>
        <source>Re-issue it as R%1 (it then replaces %2), or issue a second checklist?</source>
        <translation>Opnieuw uitgeven als R%1 (die dan %2 vervangt), of een tweede probleemlijst uitgeven?</translation>
    </message>
    <message>
        <source>Re-issue as R%1</source>
        <translation>Opnieuw uitgeven als R%1</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Nieuwe probleemlijst</translation>
    </message>
    <message>
        <source>%1 is issued and sealed (verification code %2).</source>
        <translation>%1 is uitgegeven en verzegeld (verificatiecode %2).</translation>
    </message>
    <message>
        <source>It could not be saved to %1: %2. Save it again from the list.</source>
        <translation>Opslaan in %1 is mislukt: %2. Sla de lijst opnieuw op vanuit het overzicht.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>Verzegelde probleemlijst opslaan</translation>
    </message>
</context>
<context>
    <name>IssueCommands</name>
    <message>
        <source>New issue…</source>
        <translation>Nieuw probleem…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Bulkbewerking…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>Naar klant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Search issues</source>
        <translation>Problemen zoeken</translation>
    </message>
    <message>
        <source>Raise an issue for the current account (Ctrl+N)</source>
        <translation>Een probleem melden voor de huidige klant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an account first: an issue is raised for the current account.</source>
        <translation>Kies eerst een klant: een probleem wordt gemeld voor de huidige klant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Select two or more issues to change them together</source>
        <translation>Selecteer twee of meer problemen om ze samen te wijzigen</translation>
    </message>
    <message>
        <source>Withdraw issues raised by mistake (Delete)</source>
        <translation>Per vergissing gemelde problemen intrekken (Delete)</translation>
    </message>
    <message>
        <source>Make the issue&apos;s account the current account</source>
        <translation>De klant van het probleem de huidige klant maken</translation>
    </message>
    <message>
        <source>Who changed the issue, when and what (Ctrl+H)</source>
        <translation>Wie het probleem wanneer en hoe heeft gewijzigd (Ctrl+H)</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>Klantproblemen</translation>
    </message>
    <message>
        <source>raise issue</source>
        <translation>probleem melden</translation>
    </message>
    <message>
        <source>New customer issue</source>
        <translation>Nieuw klantprobleem</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>Probleem %1 bewerken</translation>
    </message>
    <message>
        <source>bulk edit %1 issues</source>
        <translation>%1 problemen in bulk bewerken</translation>
    </message>
    <message>
        <source>withdraw %1</source>
        <translation>%1 intrekken</translation>
    </message>
</context>
<context>
    <name>IssueFormDialog</name>
    <message>
        <source>Customer issue</source>
        <translation>Klantprobleem</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>Wat de klant meldt, in eigen woorden</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Persoon of team</translation>
    </message>
    <message>
        <source>Whose person must resolve it: ours or the customer&apos;s</source>
        <translation>Wie het moet oplossen: iemand van ons of van de klant</translation>
    </message>
    <message>
        <source>(not from a visit)</source>
        <translation>(niet uit een bezoek)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Raised at visit</source>
        <translation>Gemeld bij bezoek</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Wat u de vorige keer hebt ingevoerd, is teruggezet (nog niet opgeslagen).</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Hoe het is opgelost</translation>
    </message>
    <message>
        <source>Needed once the issue is resolved or verified</source>
        <translation>Verplicht zodra het probleem is opgelost of geverifieerd</translation>
    </message>
</context>
<context>
    <name>IssuesDock</name>
    <message>
        <source>No issues match these filters. Choose “All statuses”, clear the search, or raise one for the current account with New issue (Ctrl+N).</source>
        <translation>Geen problemen gevonden met deze filters. Kies “Alle statussen”, wis de zoekopdracht of meld er een voor de huidige klant met Nieuw probleem (Ctrl+N).</translation>
    </message>
    <message>
        <source>Click to show only the issues past their deadline</source>
        <translation>Klik om alleen de problemen over de uiterste datum weer te geven</translation>
    </message>
    <message>
        <source>Open &amp; in progress</source>
        <translation>Open &amp; in behandeling</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen verlopen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Only the current account and below</source>
        <translation>Alleen de huidige klant en onderliggende</translation>
    </message>
    <message>
        <source>Search number, description, account (Ctrl+F)</source>
        <translation>Zoeken op nummer, omschrijving, klant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Accents and case do not matter (ha noi finds Hà Nội); every word counts</source>
        <translation>Accenten en hoofdletters doen er niet toe (ha noi vindt Hà Nội); elk woord telt</translation>
    </message>
    <message>
        <source>No issues yet, and no accounts to raise one for: import accounts or add one first (File → Import accounts…, or Ctrl+N in the account tree).</source>
        <translation>Nog geen problemen, en geen klanten om er een voor te melden: importeer of voeg eerst klanten toe (Bestand → Klanten importeren…, of Ctrl+N in de klantenboom).</translation>
    </message>
    <message>
        <source>No issues yet. Choose an account and press Ctrl+N here (New issue…), or note one in a visit report.</source>
        <translation>Nog geen problemen. Kies een klant en druk hier op Ctrl+N (Nieuw probleem…), of noteer er een in een bezoekverslag.</translation>
    </message>
    <message>
        <source>● %1 past deadline</source>
        <translation>● %1 over de uiterste datum</translation>
    </message>
    <message>
        <source>✓ Nothing past deadline</source>
        <translation>✓ Niets over de uiterste datum</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <source>With child accounts</source>
        <translation>Met onderliggende klanten</translation>
    </message>
    <message>
        <source>Also list the issues of every account below this one, each with its account</source>
        <translation>Ook de problemen van alle klanten hieronder tonen, elk met zijn klant</translation>
    </message>
    <message>
        <source>No customer issues recorded here or in its child accounts.</source>
        <translation>Geen klantproblemen vastgelegd bij deze klant of de onderliggende klanten.</translation>
    </message>
    <message>
        <source>No customer issues recorded.</source>
        <translation>Geen klantproblemen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>KeptQuoteEdits</name>
    <message>
        <source>Not saved: typed while the database could not be reached, and changed meanwhile or no longer possible.</source>
        <translation>Niet opgeslagen: getypt toen de database niet bereikbaar was, en intussen gewijzigd of niet meer mogelijk.</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>U typte: %1</translation>
    </message>
</context>
<context>
    <name>ListPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>LoginActions</name>
    <message>
        <source>Team database password</source>
        <translation>Wachtwoord van de teamdatabase</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the system keyring):</source>
        <translation>Wachtwoord van %1 (bewaard in de sleutelhanger van het systeem):</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>What is the &amp;price…</source>
        <translation>&amp;Wat is de prijs…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Offerte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Indeling &amp;herstellen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>Klanten &amp;importeren…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Closing now loses them; kept open, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n wijziging in een offerte, getypt toen de database niet bereikbaar was, is nog niet opgeslagen. Nu sluiten gooit die weg; blijft het venster open, dan wordt ze opgeslagen zodra de database antwoordt.</numerusform>
            <numerusform>%n wijzigingen in een offerte, getypt toen de database niet bereikbaar was, zijn nog niet opgeslagen. Nu sluiten gooit ze weg; blijft het venster open, dan worden ze opgeslagen zodra de database antwoordt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Opening another database now loses them; staying on this one, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n wijziging in een offerte, getypt toen de database niet bereikbaar was, is nog niet opgeslagen. Nu een andere database openen gooit die weg; blijft u bij deze, dan wordt ze opgeslagen zodra de database antwoordt.</numerusform>
            <numerusform>%n wijzigingen in een offerte, getypt toen de database niet bereikbaar was, zijn nog niet opgeslagen. Nu een andere database openen gooit ze weg; blijft u bij deze, dan worden ze opgeslagen zodra de database antwoordt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay on this database</source>
        <translation>Bij deze database blijven</translation>
    </message>
    <message>
        <source>Open and lose them</source>
        <translation>Openen en weggooien</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Venster open laten</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Sluiten en weggooien</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>&amp;Contactpersonen importeren…</translation>
    </message>
    <message>
        <source>Import &amp;sales…</source>
        <translation>Ver&amp;koopcijfers importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>Klanten e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Ex&amp;port contacts…</source>
        <translation>Contactpersonen &amp;exporteren…</translation>
    </message>
    <message>
        <source>Search &amp;bar</source>
        <translation>&amp;Zoekbalk</translation>
    </message>
    <message>
        <source>&amp;Sales targets…</source>
        <translation>Verkoop&amp;doelen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tour of the docks</source>
        <translation>&amp;Rondleiding langs de panelen</translation>
    </message>
    <message>
        <source>&amp;About acct-desktop</source>
        <translation>&amp;Over acct-desktop</translation>
    </message>
    <message>
        <source>(no recent databases)</source>
        <translation>(geen recente databases)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open database to open it.</source>
        <translation>%1 bestaat al. Kies een nieuwe bestandsnaam of gebruik Database openen om het te openen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>About acct-desktop</source>
        <translation>Over acct-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;Accounts, contacts, visits, price policies, rebates, quotes and sealed issue checklists, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;Klanten, contactpersonen, bezoeken, prijsbeleid, bonussen, offertes en verzegelde probleemlijsten, offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Kan database niet openen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database answers again; Save what you typed meanwhile.</source>
        <translation>De database is weer bereikbaar; sla op wat u intussen typte.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>db: %1 · counting… · team database</source>
        <translation>db: %1 · tellen… · teamdatabase</translation>
    </message>
    <message>
        <source>db: %1 · counting… · offline</source>
        <translation>db: %1 · tellen… · offline</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the team database is away</source>
        <translation>db: %1 · geen aantallen zolang de teamdatabase weg is</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the database file is away</source>
        <translation>db: %1 · geen aantallen zolang het databasebestand weg is</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · team database</source>
        <translation>db: %1 · %2 klanten · %3 contactpersonen · %4 bezoeken · teamdatabase</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · offline</source>
        <translation>db: %1 · %2 klanten · %3 contactpersonen · %4 bezoeken · offline</translation>
    </message>
    <message>
        <source>last backup %1</source>
        <translation>laatste back-up %1</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>nog geen back-up</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
    <message>
        <source>acct-desktop hit an unexpected problem and stopped that action. Your saved data is safe. If it happens again, send the log file to support.</source>
        <translation>acct-desktop is op een onverwacht probleem gestuit en heeft die actie gestopt. Uw opgeslagen gegevens zijn veilig. Gebeurt het opnieuw, stuur dan het logbestand naar support.</translation>
    </message>
    <message>
        <source>M&amp;onthly summary…</source>
        <translation>M&amp;aandrapportage…</translation>
    </message>
    <message>
        <source>The month against plan, with your commentary, as a PDF for your manager</source>
        <translation>De maand afgezet tegen het plan, met uw toelichting, als PDF voor uw leidinggevende</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>The language is not switched: the window is built again from the database, and it cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>De taal is niet gewisseld: het venster wordt opnieuw opgebouwd uit de database, en die is niet bereikbaar. Probeer het opnieuw zodra de database terug is; niets van wat u typte gaat verloren.</translation>
    </message>
</context>
<context>
    <name>ManagerDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Printed on every checklist and quote you issue, and in your seal certificate when it is made.</source>
        <translation>Wordt afgedrukt op elke probleemlijst en offerte die u uitgeeft, en in uw zegelcertificaat wanneer dat wordt gemaakt.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mailadres</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <source>Visit overdue by %n day(s)</source>
        <translation>
            <numerusform>Bezoek %n dag te laat</numerusform>
            <numerusform>Bezoek %n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next visit due in %n day(s)</source>
        <translation>
            <numerusform>Volgend bezoek over %n dag</numerusform>
            <numerusform>Volgend bezoek over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) past deadline</source>
        <translation>
            <numerusform>%n probleem over de uiterste datum</numerusform>
            <numerusform>%n problemen over de uiterste datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) here</source>
        <translation>
            <numerusform>%n klant hier</numerusform>
            <numerusform>%n klanten hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without latitude and longitude.</source>
        <translation>
            <numerusform>%n klant zonder breedte- en lengtegraad.</numerusform>
            <numerusform>%n klanten zonder breedte- en lengtegraad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <source>Monthly summary</source>
        <translation>Maandrapportage</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Taal van de PDF:</translation>
    </message>
    <message>
        <source>Overview:</source>
        <translation>Overzicht:</translation>
    </message>
    <message>
        <source>Plan execution:</source>
        <translation>Uitvoering van het plan:</translation>
    </message>
    <message>
        <source>Customer issues:</source>
        <translation>Klantproblemen:</translation>
    </message>
    <message>
        <source>Next month&apos;s focus:</source>
        <translation>Aandachtspunten volgende maand:</translation>
    </message>
    <message>
        <source>Your comment, printed at the top of this section</source>
        <translation>Uw toelichting, afgedrukt boven aan deze sectie</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Commentary (saved as you type)</source>
        <translation>Toelichting (wordt opgeslagen terwijl u typt)</translation>
    </message>
    <message>
        <source>Import the month&apos;s sales figures first (File → Import sales…). Printed anyway, the summary says on its first page that no figures were imported for the month.</source>
        <translation>Importeer eerst de verkoopcijfers van de maand (Bestand → Verkoopcijfers importeren…). Wordt de samenvatting toch afgedrukt, dan vermeldt de eerste pagina dat er voor de maand geen cijfers zijn geïmporteerd.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Toch afdrukken</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>De rapportage kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>NotPlannedList</name>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n klant)</numerusform>
            <numerusform>%1 (%n klanten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NothingHere</name>
    <message>
        <source>Nothing is made in %1. Use + New on the top bar, or Ctrl+N in the dock of what you want to add.</source>
        <translation>In %1 wordt niets aangemaakt. Gebruik + Nieuw in de bovenbalk, of Ctrl+N in het paneel van wat u wilt toevoegen.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order confirmation</source>
        <translation>Orderbevestiging</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Order bevestigen</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation>Het inkoopordernummer van de klant</translation>
    </message>
    <message>
        <source>The customer accepts a partial or later delivery</source>
        <translation>De klant aanvaardt een deel- of latere levering</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Referentie klant:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>&amp;Leverdatum:</translation>
    </message>
    <message>
        <source>The quote is locked once it is confirmed as an order.</source>
        <translation>De offerte wordt vergrendeld zodra hij als order is bevestigd.</translation>
    </message>
    <message>
        <source>Line %1 (%2) can be delivered %3 at the earliest (lead time).</source>
        <translation>Regel %1 (%2) kan op z&apos;n vroegst %3 geleverd worden (levertijd).</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>De leverdatum ligt vóór de vroegste levering van sommige regels: kies een latere datum of vink aan dat de klant een deellevering aanvaardt.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste lines</source>
        <translation>Regels plakken</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Regels toevoegen</translation>
    </message>
    <message>
        <source>One line per product: SKU and quantity, optionally a unit (pack, L or kg) — copied from a spreadsheet (tab-separated), separated by ; or by spaces.</source>
        <translation>Eén regel per product: SKU en aantal, eventueel een eenheid (pack, L of kg) — gekopieerd uit een spreadsheet (gescheiden door tabs), of gescheiden door ; of spaties.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 afdrukken…</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. Check that it is on and ready (or that the file can be written), then try again.</source>
        <translation>De pagina&apos;s konden niet naar de printer worden gestuurd. Controleer of die aan staat en gereed is (of dat het bestand geschreven kan worden) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
</context>
<context>
    <name>PlanActualDock</name>
    <message>
        <source>Only behind plan</source>
        <translation>Alleen achter op plan</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>De cijfers opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Show them in the tree</source>
        <translation>Toon ze in de boom</translation>
    </message>
    <message>
        <source>Open the tree to every account behind plan and choose the furthest behind</source>
        <translation>Open de boom tot elke klant die achter op plan loopt en kies de klant die het verst achter loopt</translation>
    </message>
    <message>
        <source>Discrepancy form…</source>
        <translation>Afwijkingsformulier…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Klant openen</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Cijfers lezen…</translation>
    </message>
    <message>
        <source>Stock has no targets: it is a level, not a flow.</source>
        <translation>Voorraad heeft geen doelen: het is een stand, geen stroom.</translation>
    </message>
    <message>
        <source>No sales figures yet. Import the ERP&apos;s sales (File → Import sales…) and set targets (Sales targets…) to see where you are behind plan.</source>
        <translation>Nog geen verkoopcijfers. Importeer de verkopen uit het ERP (Bestand → Verkoopcijfers importeren…) en stel doelen in (Verkoopdoelen…) om te zien waar u achterloopt op plan.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts with a target of their own are more than %3 behind plan.</source>
        <translation>Meer dan %3 achter op plan: %1 van de %2 klanten met een eigen doel.</translation>
    </message>
    <message>
        <source>Behind on the targets summed from the accounts below them: %1 more (“Behind (from below)”).</source>
        <translation>Achter op de opgetelde doelen van de klanten eronder: nog %1 (“Achter (van onderaf)”).</translation>
    </message>
    <message>
        <source>No targets in this period: set them in Sales targets… to compare.</source>
        <translation>Geen doelen in deze periode: stel ze in via Verkoopdoelen… om te vergelijken.</translation>
    </message>
    <message>
        <source>%1: no figures for this period yet. Import the ERP&apos;s sales (File → Import sales…) to compare it with plan.</source>
        <translation>%1: nog geen cijfers voor deze periode. Importeer de verkopen uit het ERP (Bestand → Verkoopcijfers importeren…) om ze met het plan te vergelijken.</translation>
    </message>
    <message>
        <source>The figures reach %1: targets are counted to that day.</source>
        <translation>De cijfers lopen tot %1: de doelen tellen tot die dag.</translation>
    </message>
    <message>
        <source>Accounts reporting in other currencies (%1) are in their own currency&apos;s view.</source>
        <translation>Klanten die in andere valuta rapporteren (%1), staan in de weergave van hun eigen valuta.</translation>
    </message>
    <message>
        <source>No stock counts in this period.</source>
        <translation>Geen voorraadtellingen in deze periode.</translation>
    </message>
    <message>
        <source>Stock on hand at each account&apos;s last count in the period. %1 of %2 accounts counting stock have less than %3 weeks of cover; %4 hold more than %5 days of shipments.</source>
        <translation>Voorraad bij de laatste telling van elke klant in de periode. %1 van %2 klanten die voorraad tellen hebben minder dan %3 weken voorraad; %4 hebben meer dan %5 dagen uitlevering op voorraad.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Choose a row to see its months and findings.</source>
        <translation>Kies een rij om de maanden en bevindingen te zien.</translation>
    </message>
    <message>
        <source>Nothing past the thresholds.</source>
        <translation>Niets voorbij de drempels.</translation>
    </message>
    <message>
        <source>A discrepancy form is about one month: choose Period → Month.</source>
        <translation>Een afwijkingsformulier gaat over één maand: kies Periode → Maand.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan visits</source>
        <translation>Bezoeken plannen</translation>
    </message>
    <message numerus="yes">
        <source>For the %n chosen account(s).</source>
        <translation>
            <numerusform>Voor de %n gekozen klant.</numerusform>
            <numerusform>Voor de %n gekozen klanten.</numerusform>
        </translation>
    </message>
    <message>
        <source>For every account (choose some on the map or in the tree to narrow).</source>
        <translation>Voor alle klanten (kies er enkele op de kaart of in de boom om te beperken).</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Voorstellen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan accepteren</translation>
    </message>
    <message>
        <source>Correct the settings marked in red, then propose again.</source>
        <translation>Verbeter de rood gemarkeerde instellingen en stel daarna opnieuw voor.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Planning was cancelled; nothing was changed.</source>
        <translation>Het plannen is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1. Nothing was changed; the details are in %2.</source>
        <translation>Het plan kon niet worden gemaakt: %1. Er is niets gewijzigd; de details staan in %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not planned (%n)</source>
        <translation>
            <numerusform>Niet gepland (%n)</numerusform>
            <numerusform>Niet gepland (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to where the day started</source>
        <translation>Terug naar het vertrekpunt</translation>
    </message>
    <message>
        <source>official working weekend day</source>
        <translation>officiële werkdag in het weekend</translation>
    </message>
    <message>
        <source>%1: no new visits</source>
        <translation>%1: geen nieuwe bezoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No new visits on: %1</source>
        <translation>Geen nieuwe bezoeken op: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new visit(s)</source>
        <translation>
            <numerusform>%n nieuw bezoek</numerusform>
            <numerusform>%n nieuwe bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not planned</source>
        <translation>
            <numerusform>%n klant niet gepland</numerusform>
            <numerusform>%n klanten niet gepland</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2, about %3 km; %4.</source>
        <translation>%1 over %2, ongeveer %3 km; %4.</translation>
    </message>
    <message>
        <source>No accounts are chosen: choose some on the map or in the tree, or plan for every account.</source>
        <translation>Er zijn geen klanten gekozen: kies er enkele op de kaart of in de boom, of plan voor alle klanten.</translation>
    </message>
    <message>
        <source>There are no accounts to plan yet: add or import accounts first.</source>
        <translation>Er zijn nog geen klanten om te plannen: voeg eerst klanten toe of importeer ze.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every account already has a visit in this period.</source>
        <translation>Niets nieuws te plannen: elke klant heeft al een bezoek in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>None of the accounts is due for a visit in this period (%n account(s) checked). Choose a later period, or have them visited more often (Print &amp; Outlook → Visit cycles…).</source>
        <translation>
            <numerusform>Geen enkele klant is in deze periode aan de beurt voor een bezoek (%n klant bekeken). Kies een latere periode, of laat de klanten vaker bezoeken (Afdrukken &amp; Outlook → Bezoekcycli…).</numerusform>
            <numerusform>Geen enkele klant is in deze periode aan de beurt voor een bezoek (%n klanten bekeken). Kies een latere periode, of laat de klanten vaker bezoeken (Afdrukken &amp; Outlook → Bezoekcycli…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed: on %n day(s) the visits already booked cannot all be kept, and such days take no new ones. Move or cancel the clashing visits (see Why), or choose another period.</source>
        <translation>
            <numerusform>Er konden geen nieuwe bezoeken worden voorgesteld: op %n dag zijn de geboekte bezoeken niet allemaal te halen, en zo&apos;n dag krijgt geen nieuwe. Verplaats of annuleer de botsende bezoeken (zie Waarom), of kies een andere periode.</numerusform>
            <numerusform>Er konden geen nieuwe bezoeken worden voorgesteld: op %n dagen zijn de geboekte bezoeken niet allemaal te halen, en zulke dagen krijgen geen nieuwe. Verplaats of annuleer de botsende bezoeken (zie Waarom), of kies een andere periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed (%n account(s) not planned). Most of those due were left out because of: %1.</source>
        <translation>
            <numerusform>Er konden geen nieuwe bezoeken worden voorgesteld (%n klant niet gepland). De meeste klanten die aan de beurt zijn, vielen af om deze reden: %1.</numerusform>
            <numerusform>Er konden geen nieuwe bezoeken worden voorgesteld (%n klanten niet gepland). De meeste klanten die aan de beurt zijn, vielen af om deze reden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, on %n day(s) the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</source>
        <translation>
            <numerusform>Bovendien kunnen op %n dag de al geboekte bezoeken niet allemaal doorgaan: verplaats of annuleer de botsende bezoeken (zie Waarom).</numerusform>
            <numerusform>Bovendien kunnen op %n dagen de al geboekte bezoeken niet allemaal doorgaan: verplaats of annuleer de botsende bezoeken (zie Waarom).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <source>No visits during the lunch break</source>
        <translation>Geen bezoeken tijdens de lunchpauze</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Plan visits on official working weekend days</source>
        <translation>Bezoeken plannen op officiële werkdagen in het weekend</translation>
    </message>
    <message>
        <source>A Saturday or Sunday the government made a working day, in exchange for a day off next to a public holiday (调休 in China)</source>
        <translation>Een zaterdag of zondag die de overheid tot werkdag heeft gemaakt, in ruil voor een vrije dag naast een feestdag (调休 in China)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Werktijden:</translation>
    </message>
    <message>
        <source>Lunch break:</source>
        <translation>Lunchpauze:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Werkdagen:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Vertrekpunt:</translation>
    </message>
    <message>
        <source>Visits per day, at most:</source>
        <translation>Maximaal aantal bezoeken per dag:</translation>
    </message>
    <message>
        <source>Average travel speed:</source>
        <translation>Gemiddelde reissnelheid:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Feestdagen van:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Vrije dagen:</translation>
    </message>
    <message>
        <source>The first visit</source>
        <translation>Het eerste bezoek</translation>
    </message>
    <message>
        <source>Home or office</source>
        <translation>Thuis of kantoor</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Een klant</translation>
    </message>
    <message>
        <source>Where each working day starts: the first leg and the order count from there</source>
        <translation>Waar elke werkdag begint: de eerste rit en de volgorde tellen vanaf daar</translation>
    </message>
    <message>
        <source>Latitude, longitude, as a map gives them: %1</source>
        <translation>Breedtegraad, lengtegraad, zoals een kaart ze geeft: %1</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Klanten zoeken op naam of nummer</translation>
    </message>
    <message>
        <source>Return at the end of the day</source>
        <translation>Aan het eind van de dag terug</translation>
    </message>
    <message>
        <source>Choose the account the day starts from.</source>
        <translation>Kies de klant waar de dag begint.</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Heel het land</translation>
    </message>
    <message>
        <source>in this period: %1</source>
        <translation>in deze periode: %1</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>geen in deze periode</translation>
    </message>
    <message>
        <source>none known for %1</source>
        <translation>geen bekend voor %1</translation>
    </message>
    <message numerus="yes">
        <source>Days off… (%n)</source>
        <translation>
            <numerusform>Vrije dagen… (%n)</numerusform>
            <numerusform>Vrije dagen… (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>Vrije dagen…</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>De periode moet op of na de eerste dag eindigen.</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Price policy</source>
        <translation>Prijsbeleid</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>Kopiëren als nieuw…</translation>
    </message>
    <message>
        <source>given when saved (PP-…)</source>
        <translation>toegekend bij opslaan (PP-…)</translation>
    </message>
    <message>
        <source>e.g. 华润万家 · engine oil net price 2027</source>
        <translation>bijv. 华润万家 · nettoprijs motorolie 2027</translation>
    </message>
    <message>
        <source>(choose a territory)</source>
        <translation>(kies een regio)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Eén categorie</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>Eén product</translation>
    </message>
    <message>
        <source>Search SKU or name</source>
        <translation>Zoeken op SKU of naam</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <source>per pack</source>
        <translation>per verpakking</translation>
    </message>
    <message>
        <source>List price with these guard rails</source>
        <translation>Lijstprijs met deze controlegrenzen</translation>
    </message>
    <message>
        <source>(choose a policy)</source>
        <translation>(kies een prijsbeleid)</translation>
    </message>
    <message>
        <source>Who and what it is for</source>
        <translation>Voor wie en waarvoor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Vanaf aantal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Prijsregel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Vaste prijs</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Korting %</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Uitgangspunt</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>Basisbeleid</translation>
    </message>
    <message>
        <source>Round to multiple of</source>
        <translation>Afronden op veelvoud van</translation>
    </message>
    <message>
        <source>Then add</source>
        <translation>Daarna optellen</translation>
    </message>
    <message>
        <source>At least base +</source>
        <translation>Minimaal basis +</translation>
    </message>
    <message>
        <source>At most base +</source>
        <translation>Maximaal basis +</translation>
    </message>
    <message>
        <source>Guard rails (flag a quote, never change its price)</source>
        <translation>Controlegrenzen (markeren een offerte, wijzigen nooit de prijs)</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Minimumprijs</translation>
    </message>
    <message>
        <source>Min. markup % (over cost)</source>
        <translation>Min. opslag % (op kostprijs)</translation>
    </message>
    <message>
        <source>Max. discount %</source>
        <translation>Max. korting %</translation>
    </message>
    <message>
        <source>Approval above discount %</source>
        <translation>Goedkeuring boven korting %</translation>
    </message>
    <message>
        <source>The list price stands; the guard rails below flag quotes.</source>
        <translation>De lijstprijs blijft staan; de controlegrenzen hieronder markeren offertes.</translation>
    </message>
    <message>
        <source>Quotes are priced at this fixed price.</source>
        <translation>Offertes krijgen deze vaste prijs.</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %)</source>
        <translation>prijs = basis × (1 − korting %)</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %), rounded, plus the surcharge, then kept between base + min and base + max margin</source>
        <translation>prijs = basis × (1 − korting %), afgerond, plus de toeslag, daarna begrensd tussen basis + min. en basis + max. marge</translation>
    </message>
</context>
<context>
    <name>PolicyRegisterDock</name>
    <message>
        <source>Only what applies to the current account</source>
        <translation>Alleen wat voor de huidige klant geldt</translation>
    </message>
    <message>
        <source>Late when entered over </source>
        <translation>Te laat bij invoer meer dan </translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> dagen na ondertekening</translation>
    </message>
    <message>
        <source>The company rule for all agreements (recorded)</source>
        <translation>De bedrijfsregel voor alle overeenkomsten (vastgelegd)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Price policies</source>
        <translation>Prijsbeleid</translation>
    </message>
    <message>
        <source>Rebate agreements</source>
        <translation>Bonusovereenkomsten</translation>
    </message>
    <message>
        <source> · %1 late</source>
        <translation> · %1 te laat</translation>
    </message>
    <message>
        <source>price policies</source>
        <translation>prijsbeleid</translation>
    </message>
    <message>
        <source>rebate agreements</source>
        <translation>bonusovereenkomsten</translation>
    </message>
    <message>
        <source>for the current account</source>
        <translation>voor de huidige klant</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>in het register</translation>
    </message>
    <message>
        <source>No %1 %2 yet. Enter one with New (Ctrl+N).</source>
        <translation>Nog geen %1 %2. Voer er een in met Nieuw (Ctrl+N).</translation>
    </message>
    <message>
        <source>No %1 %2 match these filters. Widen them to see more.</source>
        <translation>Geen %1 %2 die aan deze filters voldoen. Verruim de filters om meer te zien.</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <source>Price for %1</source>
        <translation>Prijs voor %1</translation>
    </message>
    <message>
        <source>Search SKU or product name</source>
        <translation>Zoeken op SKU of productnaam</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>Prijs berekenen</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>Kies eerst een product uit de lijst.</translation>
    </message>
    <message>
        <source>Give a quantity above zero.</source>
        <translation>Geef een aantal groter dan nul op.</translation>
    </message>
    <message>
        <source>%1 %2 per %3 · total %4 %2</source>
        <translation>%1 %2 per %3 · totaal %4 %2</translation>
    </message>
    <message>
        <source>by policy %1 %2</source>
        <translation>volgens prijsbeleid %1 %2</translation>
    </message>
    <message>
        <source>no policy applies: the list price stands</source>
        <translation>geen prijsbeleid van toepassing: de lijstprijs geldt</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>The current account&apos;s effective prices, quantity breaks and validity</source>
        <translation>De geldende prijzen, aantalstaffels en geldigheid voor de huidige klant</translation>
    </message>
    <message>
        <source>Print rebate &amp;statement…</source>
        <translation>&amp;Bonusoverzicht afdrukken…</translation>
    </message>
    <message>
        <source>Accrual, tiers and distance to the next tier of the account&apos;s agreements</source>
        <translation>Opgebouwde bonus, staffels en afstand tot de volgende staffel van de overeenkomsten van de klant</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prijslijst</translation>
    </message>
    <message>
        <source>There is no active product, so %1 has no price list to print. Import the catalogue first (acct-desktop import products FILE).</source>
        <translation>Er is geen actief product, dus %1 heeft geen prijslijst om af te drukken. Importeer eerst de catalogus (acct-desktop import products BESTAND).</translation>
    </message>
    <message>
        <source>Pricing the products for %1…</source>
        <translation>Producten prijzen voor %1…</translation>
    </message>
    <message>
        <source>Price list cancelled; nothing was printed or saved.</source>
        <translation>Prijslijst geannuleerd; er is niets afgedrukt of opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>The price list marks %n price(s) higher than for a smaller quantity:</source>
        <translation>
            <numerusform>De prijslijst markeert %n prijs die hoger is dan voor een kleinere hoeveelheid:</numerusform>
            <numerusform>De prijslijst markeert %n prijzen die hoger zijn dan voor een kleinere hoeveelheid:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bigger quantity, higher price</source>
        <translation>Grotere hoeveelheid, hogere prijs</translation>
    </message>
    <message>
        <source>%1 has no active rebate agreement, so there is no rebate statement to print.</source>
        <translation>%1 heeft geen actieve bonusovereenkomst, dus er is geen bonusoverzicht om af te drukken.</translation>
    </message>
    <message>
        <source>Rebate statement cancelled; nothing was printed or saved.</source>
        <translation>Bonusoverzicht geannuleerd; er is niets afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation>De lijst is leeg: er is niets af te drukken.</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 voorbereiden…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>Afdrukken geannuleerd. Er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Print price &amp;list…</source>
        <translation>Prijs&amp;lijst afdrukken…</translation>
    </message>
    <message>
        <source>Rebate statement</source>
        <translation>Bonusoverzicht</translation>
    </message>
    <message>
        <source>Computing the rebates of %1…</source>
        <translation>Bonussen van %1 berekenen…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Price policies</source>
        <translation>Prijsbeleid</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>Bonussen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Koopt</translation>
    </message>
    <message>
        <source>Does not buy</source>
        <translation>Koopt niet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Policies &amp;&amp; rebates</source>
        <translation>Prijsbeleid &amp;&amp; bonussen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Probleemlijsten</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Witte vlekken</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
    <message>
        <source>The account you choose in the account tree shows here: its profile, contacts, visits, quotes and issues.</source>
        <translation>De klant die u in de klantenboom kiest, verschijnt hier: profiel, contactpersonen, bezoeken, offertes en problemen.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coördinaten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Openstaande problemen</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Inkoopbeleid</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Profiel opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Your changes are back over the saved version; someone else changed a field you changed too: check the notes, then Save.</source>
        <translation>Uw wijzigingen staan weer over de opgeslagen versie; iemand anders wijzigde ook een veld dat u wijzigde: bekijk de opmerkingen en kies dan Opslaan.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; Save to keep them.</source>
        <translation>Uw niet-opgeslagen wijzigingen zijn teruggezet; kies Opslaan om ze te bewaren.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>The profile of %1 is saved; Ctrl+Z undoes it.</source>
        <translation>Het profiel van %1 is opgeslagen; Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>No accounts yet</source>
        <translation>Nog geen klanten</translation>
    </message>
    <message>
        <source>Import a spreadsheet of your accounts, or add one.</source>
        <translation>Importeer een spreadsheet met uw klanten, of voeg er een toe.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Geen klant geselecteerd</translation>
    </message>
    <message>
        <source>Pick an account in the account tree.</source>
        <translation>Kies een klant in de klantenboom.</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Bring this account back into the tree, with the accounts archived with it.</source>
        <translation>Zet deze klant terug in de boom, met de klanten die ermee zijn gearchiveerd.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 is gearchiveerd; herstel die eerst, dan deze klant.</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Hoogste niveau</translation>
    </message>
</context>
<context>
    <name>ProgressJobs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee op alles</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>QuoteBuilderDock</name>
    <message>
        <source>Select an account to see its quotes.</source>
        <translation>Selecteer een klant om de offertes te zien.</translation>
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation>Nieuwe offerte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a quote (Ctrl+F)</source>
        <translation>Offerte zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>Uit sjabloon</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Printing needs your name and company:</source>
        <translation>Voor afdrukken zijn uw naam en bedrijf nodig:</translation>
    </message>
    <message>
        <source>A quote is printed with your name and company as its seller; without them it is not printed. Fill them in under My details (Tools menu).</source>
        <translation>Een offerte wordt afgedrukt met uw naam en bedrijf als verkoper; zonder die gegevens wordt ze niet afgedrukt. Vul ze in onder Mijn gegevens (menu Extra).</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>Mijn gegevens…</translation>
    </message>
    <message>
        <source>No quote of this account matches the search. Clear it to see all.</source>
        <translation>Geen offerte van deze klant past bij de zoekopdracht. Maak die leeg om alles te zien.</translation>
    </message>
    <message>
        <source>No quotes for this account yet — New quote (Ctrl+N).</source>
        <translation>Nog geen offertes voor deze klant — Nieuwe offerte (Ctrl+N).</translation>
    </message>
    <message>
        <source>Quotes cannot be read while the team database is away — they come back when it answers.</source>
        <translation>Offertes kunnen niet worden gelezen zolang de teamdatabase weg is — ze komen terug zodra die antwoordt.</translation>
    </message>
    <message>
        <source>Lines outside the price policy need a recorded approval first.</source>
        <translation>Regels buiten het prijsbeleid hebben eerst een vastgelegde goedkeuring nodig.</translation>
    </message>
    <message>
        <source>Add a line first: an empty quote has nothing to print.</source>
        <translation>Voeg eerst een regel toe: een lege offerte heeft niets om af te drukken.</translation>
    </message>
    <message>
        <source>Choose a quote first, or make one with New quote (Ctrl+N).</source>
        <translation>Kies eerst een offerte, of maak er een met Nieuwe offerte (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Nieuwe offerte</translation>
    </message>
    <message>
        <source>&amp;Paste lines…</source>
        <translation>Regels &amp;plakken…</translation>
    </message>
    <message>
        <source>Copy &amp;last quote</source>
        <translation>&amp;Laatste offerte kopiëren</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>Regel d&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Regel ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move line &amp;up</source>
        <translation>Regel om&amp;hoog</translation>
    </message>
    <message>
        <source>Move line do&amp;wn</source>
        <translation>Regel omla&amp;ag</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Save &amp;order confirmation…</source>
        <translation>&amp;Orderbevestiging opslaan…</translation>
    </message>
    <message>
        <source>Company and quote &amp;settings…</source>
        <translation>Bedrijfs- en offerte&amp;instellingen…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Indienen ter goedkeuring</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>Goedkeuring vastleggen…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Afgewezen…</translation>
    </message>
    <message>
        <source>Revise (new revision)</source>
        <translation>Herzien (nieuwe revisie)</translation>
    </message>
    <message>
        <source>Order confirmation…</source>
        <translation>Orderbevestiging…</translation>
    </message>
    <message>
        <source>Reprice from the re&amp;gister</source>
        <translation>Prijzen opnieuw &amp;berekenen uit het register</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Opslaan als PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as templ&amp;ate…</source>
        <translation>Opslaan als s&amp;jabloon…</translation>
    </message>
    <message>
        <source>Dis&amp;card draft</source>
        <translation>&amp;Concept verwerpen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Sav&amp;e now</source>
        <translation>&amp;Direct opslaan</translation>
    </message>
    <message>
        <source>From &amp;template</source>
        <translation>Uit &amp;sjabloon</translation>
    </message>
    <message>
        <source>Open a quote first: History shows who changed it.</source>
        <translation>Open eerst een offerte: Geschiedenis laat zien wie hem heeft gewijzigd.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Not done: the team database is not answering. Try again once it is back; nothing you typed is lost.</source>
        <translation>Niet gedaan: de teamdatabase antwoordt niet. Probeer het opnieuw zodra ze terug is; niets van wat u typte gaat verloren.</translation>
    </message>
    <message>
        <source>Not done: the database cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>Niet gedaan: de database is niet bereikbaar. Probeer het opnieuw zodra ze terug is; niets van wat u typte gaat verloren.</translation>
    </message>
    <message>
        <source>Not done: what you typed while the database could not be reached is not saved yet. It is saved as soon as the database answers; try again then.</source>
        <translation>Niet gedaan: wat u typte toen de database niet bereikbaar was, is nog niet opgeslagen. Het wordt opgeslagen zodra de database antwoordt; probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Theirs: “%1”. Your text is kept here: press Enter to save it over theirs.</source>
        <translation>Die van hen: ‘%1’. Uw tekst is hier bewaard: druk op Enter om hem over de hunne op te slaan.</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>U typte: %1</translation>
    </message>
    <message>
        <source>Choose an account first: a quote is for one account.</source>
        <translation>Kies eerst een klant: een offerte is voor één klant.</translation>
    </message>
    <message>
        <source>Not applied: the database cannot be reached. Press Enter to apply it once it is back.</source>
        <translation>Niet toegepast: de database is niet bereikbaar. Druk op Enter om het toe te passen zodra ze terug is.</translation>
    </message>
    <message numerus="yes">
        <source>In %1, %n line(s) lose the price their policy gives in %2:</source>
        <translation>
            <numerusform>In %1 verliest %n regel de prijs die het prijsbeleid in %2 geeft:</numerusform>
            <numerusform>In %1 verliezen %n regels de prijs die hun prijsbeleid in %2 geeft:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the currency anyway? (Undo puts the prices back.)</source>
        <translation>Toch de valuta wijzigen? (Ongedaan maken zet de prijzen terug.)</translation>
    </message>
    <message>
        <source>Change the currency to %1?</source>
        <translation>Valuta wijzigen in %1?</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Wijzigen in %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 houden</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>New line (%1)</source>
        <translation>Nieuwe regel (%1)</translation>
    </message>
    <message>
        <source>Line %1 (%2), %3</source>
        <translation>Regel %1 (%2), %3</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Regel dupliceren</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Regels verwijderen</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Regel verplaatsen</translation>
    </message>
    <message>
        <source>Reprice</source>
        <translation>Prijzen herberekenen</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Regels plakken</translation>
    </message>
    <message>
        <source>This account has no earlier quote with lines to copy.</source>
        <translation>Deze klant heeft geen eerdere offerte met regels om te kopiëren.</translation>
    </message>
    <message>
        <source>Copy last quote</source>
        <translation>Laatste offerte kopiëren</translation>
    </message>
    <message>
        <source>The database is not answering — try again once it is back</source>
        <translation>De database antwoordt niet — probeer het opnieuw zodra ze terug is</translation>
    </message>
    <message>
        <source>No templates yet — Save as template…</source>
        <translation>Nog geen sjablonen — Opslaan als sjabloon…</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Sjabloon toevoegen</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is not saved yet: see the problem under the field.</source>
        <translation>%1 is nog niet opgeslagen: zie het probleem onder het veld.</translation>
    </message>
    <message>
        <source>Discard draft %1</source>
        <translation>Concept %1 weggooien</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Afgewezen door de klant</translation>
    </message>
    <message>
        <source>Why did the customer say no? (price, timing, competitor…)</source>
        <translation>Waarom zei de klant nee? (prijs, timing, concurrent…)</translation>
    </message>
    <message>
        <source>Not printed: a quote or order confirmation carries your name and company as its seller. Fill them in under My details first.</source>
        <translation>Niet afgedrukt: een offerte of orderbevestiging vermeldt uw naam en bedrijf als verkoper. Vul ze eerst in onder Mijn gegevens.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Add a product: SKU, name or category…</source>
        <translation>Product toevoegen: SKU, naam of categorie…</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or fold the quote&apos;s contact, dates and terms</source>
        <translation>Contactpersoon, data en voorwaarden van de offerte tonen of inklappen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Delivery wanted</source>
        <translation>Gewenste leverdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Quote disc. %</source>
        <translation>Offertekorting %</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Leveringsvoorwaarden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>Kies eerst een product uit de lijst.</translation>
    </message>
    <message>
        <source>Restored what you typed (not applied yet): press Enter to apply it.</source>
        <translation>Uw invoer is teruggezet (nog niet toegepast): druk op Enter om die toe te passen.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Regel %1 (%2): %3</translation>
    </message>
    <message>
        <source>No quote open</source>
        <translation>Geen offerte geopend</translation>
    </message>
    <message>
        <source>Choose a quote on the left, or start one with New quote (Ctrl+N).</source>
        <translation>Kies links een offerte of begin een nieuwe met Nieuwe offerte (Ctrl+N).</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Subtotaal %1</translation>
    </message>
    <message>
        <source>discount −%1</source>
        <translation>korting −%1</translation>
    </message>
    <message>
        <source>Cost %1 · gross profit %2 (markup %3)</source>
        <translation>Kostprijs %1 · brutowinst %2 (opslag %3)</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) not saved yet: the database cannot be reached. They are saved as soon as it answers, and the totals worked out again.</source>
        <translation>
            <numerusform>● %n wijziging nog niet opgeslagen: de database is niet bereikbaar. Ze wordt opgeslagen zodra de database antwoordt, en de totalen worden opnieuw berekend.</numerusform>
            <numerusform>● %n wijzigingen nog niet opgeslagen: de database is niet bereikbaar. Ze worden opgeslagen zodra de database antwoordt, en de totalen worden opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Rejected by the customer: %1</source>
        <translation>✗ Afgewezen door de klant: %1</translation>
    </message>
    <message>
        <source>✗ Rejected by the customer (no reason recorded).</source>
        <translation>✗ Afgewezen door de klant (geen reden vastgelegd).</translation>
    </message>
    <message>
        <source>✗ Expired: not accepted by %1.</source>
        <translation>✗ Verlopen: niet aanvaard vóór %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>— no contact —</source>
        <translation>— geen contactpersoon —</translation>
    </message>
    <message>
        <source>Make the quote valid only while every price on it is given by its policy.</source>
        <translation>Laat de offerte alleen geldig zijn zolang elke prijs erop door het prijsbeleid wordt gegeven.</translation>
    </message>
    <message>
        <source>Replaced by R%1</source>
        <translation>Vervangen door R%1</translation>
    </message>
    <message>
        <source>Only you see cost, gross profit and markup; they are never printed.</source>
        <translation>Alleen u ziet kostprijs, brutowinst en opslag; ze worden nooit afgedrukt.</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>btw %1</translation>
    </message>
    <message>
        <source>quote discount %1</source>
        <translation>offertekorting %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>Replaced by revision R%1 — read only.</source>
        <translation>Vervangen door revisie R%1 — alleen-lezen.</translation>
    </message>
    <message>
        <source>✓ Ordered: %1 of %2.</source>
        <translation>✓ Besteld: %1 van %2.</translation>
    </message>
    <message>
        <source>Add lines: search a product above, or paste SKU and quantity pairs (Ctrl+Shift+V).</source>
        <translation>Regels toevoegen: zoek hierboven een product of plak paren van SKU en aantal (Ctrl+Shift+V).</translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) outside the price policy: an approval must be recorded before sending.</source>
        <translation>
            <numerusform>● %n regel buiten het prijsbeleid: vóór verzending moet een goedkeuring worden vastgelegd.</numerusform>
            <numerusform>● %n regels buiten het prijsbeleid: vóór verzending moet een goedkeuring worden vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</source>
        <translation>
            <numerusform>● %n regel geprijsd door prijsbeleid dat eindigt op %1, vóór het einde van de geldigheid van de offerte (%2).</numerusform>
            <numerusform>● %n regels geprijsd door prijsbeleid dat eindigt op %1, vóór het einde van de geldigheid van de offerte (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Approved by %1: %2</source>
        <translation>✓ Goedgekeurd door %1: %2</translation>
    </message>
    <message>
        <source>✓ Within policy — ready to send.</source>
        <translation>✓ Binnen prijsbeleid — klaar om te verzenden.</translation>
    </message>
    <message numerus="yes">
        <source>● Sent — expires %1 (%n day(s) left): follow up.</source>
        <translation>
            <numerusform>● Verzonden — verloopt %1 (nog %n dag): opvolgen.</numerusform>
            <numerusform>● Verzonden — verloopt %1 (nog %n dagen): opvolgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent — awaiting the customer&apos;s answer until %1.</source>
        <translation>Verzonden — wacht tot %1 op antwoord van de klant.</translation>
    </message>
</context>
<context>
    <name>QuoteListKeys</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Find a quote</source>
        <translation>Offerte zoeken</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsDialog</name>
    <message>
        <source>Company and quote settings</source>
        <translation>Bedrijfs- en offerte-instellingen</translation>
    </message>
    <message>
        <source>Choose logo (PNG)…</source>
        <translation>Logo kiezen (PNG)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Country code and rate in %, e.g. NL 21, VN 10, CN 13</source>
        <translation>Landcode en tarief in %, bijv. NL 21, VN 10, CN 13</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Bedrijfs&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Bedrijfslogo:</translation>
    </message>
    <message>
        <source>Quotes are &amp;valid for:</source>
        <translation>Offertes zijn &amp;geldig gedurende:</translation>
    </message>
    <message>
        <source>Ta&amp;x rates:</source>
        <translation>Btw-tarie&amp;ven:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Bedrijfslogo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Write each rate as a country code and a number: NL 21.</source>
        <translation>Noteer elk tarief als landcode en getal: NL 21.</translation>
    </message>
</context>
<context>
    <name>RebateFormDialog</name>
    <message>
        <source>Rebate agreement</source>
        <translation>Bonusovereenkomst</translation>
    </message>
    <message>
        <source>given when saved (R-%1-…)</source>
        <translation>toegekend bij opslaan (R-%1-…)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>who signed for the customer</source>
        <translation>wie namens de klant heeft ondertekend</translation>
    </message>
    <message>
        <source>Set by the register when the agreement is entered</source>
        <translation>Ingesteld door het register bij invoer van de overeenkomst</translation>
    </message>
    <message>
        <source>The volume growth is measured against, as the contract states it; left empty, last year&apos;s sales over the same period</source>
        <translation>Het volume waartegen de groei wordt gemeten, zoals in het contract staat; leeg: de inkoop in dezelfde periode vorig jaar</translation>
    </message>
    <message>
        <source>Agreement as signed</source>
        <translation>Overeenkomst zoals ondertekend</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>Bonus %</translation>
    </message>
    <message>
        <source>Agreed baseline</source>
        <translation>Afgesproken basis</translation>
    </message>
    <message>
        <source>Tiers on the growth over the agreed baseline (else last year&apos;s sales); the rate reached applies to all of it.</source>
        <translation>Staffels over de groei boven de afgesproken basis (anders de inkoop vorig jaar); het bereikte percentage geldt voor de hele groei.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Ingevoerd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffels</translation>
    </message>
    <message>
        <source>A fixed-% agreement has no tiers: its rate applies to the whole volume.</source>
        <translation>Een overeenkomst met vast % heeft geen staffels: het percentage geldt voor het hele volume.</translation>
    </message>
    <message>
        <source>The rate of the highest tier reached applies to the whole volume.</source>
        <translation>Het percentage van de hoogste bereikte staffel geldt voor het hele volume.</translation>
    </message>
    <message>
        <source>Each band earns its own rate on the part of the volume inside it.</source>
        <translation>Elke schijf krijgt haar eigen percentage over het deel van het volume binnen die schijf.</translation>
    </message>
    <message>
        <source>Choose the account that signed.</source>
        <translation>Kies de klant die heeft ondertekend.</translation>
    </message>
</context>
<context>
    <name>RebatePreview</name>
    <message>
        <source>Rebate %1 %2</source>
        <translation>Bonus %1 %2</translation>
    </message>
    <message>
        <source>below the first tier</source>
        <translation>onder de eerste staffel</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>hoogste staffel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>type a volume</source>
        <translation>voer een volume in</translation>
    </message>
    <message>
        <source>agreed baseline</source>
        <translation>afgesproken basis</translation>
    </message>
    <message>
        <source>The sales of the account, period and products as saved, read when the form opened; the terms are the ones typed now.</source>
        <translation>De verkopen van de klant, periode en producten zoals opgeslagen, ingelezen bij het openen van het formulier; de voorwaarden zijn de nu ingevoerde.</translation>
    </message>
    <message>
        <source>At a volume of</source>
        <translation>Bij een volume van</translation>
    </message>
    <message>
        <source>On sales to date</source>
        <translation>Op de inkoop tot nu toe</translation>
    </message>
    <message>
        <source>Give the rebate % to see what it earns.</source>
        <translation>Vul Bonus % in om te zien wat het oplevert.</translation>
    </message>
    <message>
        <source>Add tiers (a threshold and a rate each) to see what they earn.</source>
        <translation>Voeg staffels toe (elk met een drempel en een percentage) om te zien wat ze opleveren.</translation>
    </message>
    <message>
        <source>Type a volume to see the rebate it earns.</source>
        <translation>Voer een volume in om de bijbehorende bonus te zien.</translation>
    </message>
    <message>
        <source>Give the agreed baseline to see the growth rebate.</source>
        <translation>Geef de afgesproken basis om de groeibonus te zien.</translation>
    </message>
    <message>
        <source>%1 of %2 days elapsed</source>
        <translation>%1 van %2 dagen verstreken</translation>
    </message>
    <message>
        <source>sales figures up to %1</source>
        <translation>verkoopcijfers tot en met %1</translation>
    </message>
    <message>
        <source>no sales figures for this period yet</source>
        <translation>nog geen verkoopcijfers voor deze periode</translation>
    </message>
    <message>
        <source>%1 sold → %2 earned; at this pace %3 by period end</source>
        <translation>%1 verkocht → %2 verdiend; in dit tempo %3 aan het einde van de periode</translation>
    </message>
    <message>
        <source>%1 still to buy by %2 for the next tier</source>
        <translation>nog %1 in te kopen t/m %2 voor de volgende staffel</translation>
    </message>
    <message>
        <source>Period over: %1 sold → final rebate %2</source>
        <translation>Periode voorbij: %1 verkocht → definitieve bonus %2</translation>
    </message>
    <message>
        <source>Read from the account&apos;s sales once the agreement is saved (its account, period and products).</source>
        <translation>Wordt ingelezen uit de verkopen van de klant zodra de overeenkomst is opgeslagen (klant, periode en producten).</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>%1 tier reached</source>
        <translation>staffel %1 bereikt</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>effectief %1</translation>
    </message>
    <message>
        <source>next tier (%1 from %2 growth): %3 still to buy</source>
        <translation>volgende staffel (%1 vanaf %2 groei): nog %3 in te kopen</translation>
    </message>
    <message>
        <source>next tier (%1 from %2): %3 still to buy</source>
        <translation>volgende staffel (%1 vanaf %2): nog %3 in te kopen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>The database is encrypted. Store this recovery key somewhere safe, away from this computer: it is the only way to open the database if this computer&apos;s keyring is lost. Anyone who has it and the file can read the data.</source>
        <translation>De database is versleuteld. Bewaar deze herstelsleutel op een veilige plek, niet bij deze computer: het is de enige manier om de database te openen als de sleutelring van deze computer verloren gaat. Iedereen die de sleutel en het bestand heeft, kan de gegevens lezen.</translation>
    </message>
    <message>
        <source>I have stored the recovery key</source>
        <translation>Ik heb de herstelsleutel bewaard</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Opslaan als tekstbestand…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <source>A file with the recovery key is as good as the key itself: save it on a USB stick or a password manager&apos;s vault, not next to the database.</source>
        <translation>Een bestand met de herstelsleutel is net zoveel waard als de sleutel zelf: sla het op een USB-stick of in de kluis van een wachtwoordbeheerder op, niet naast de database.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <source>Enter recovery key</source>
        <translation>Herstelsleutel invoeren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message>
        <source>Check the price-policy register</source>
        <translation>Het prijsbeleidsregister controleren</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Het register wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Double-click a problem (or press Enter) to open its policy.</source>
        <translation>Dubbelklik op een probleem (of druk op Enter) om het beleid te openen.</translation>
    </message>
    <message>
        <source>The price-policy register is consistent on %1.</source>
        <translation>Het prijsbeleidsregister is op %1 consistent.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the price-policy register on %1:</source>
        <translation>
            <numerusform>%n probleem in het prijsbeleidsregister op %1:</numerusform>
            <numerusform>%n problemen in het prijsbeleidsregister op %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>Kopiëren als nieuw…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Concept verwijderen…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Beëindigen…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Ondertekende scan toevoegen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>Register controleren</translation>
    </message>
    <message>
        <source>price policy</source>
        <translation>prijsbeleid</translation>
    </message>
    <message>
        <source>rebate agreement</source>
        <translation>bonusovereenkomst</translation>
    </message>
    <message>
        <source>Enter a new %1 (Ctrl+N)</source>
        <translation>Nieuwe invoer: %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a %1 first.</source>
        <translation>Selecteer eerst een %1.</translation>
    </message>
    <message>
        <source>Take this draft out of the register (Delete); Edit → Undo brings it back</source>
        <translation>Dit concept uit het register halen (Delete); Bewerken → Ongedaan maken haalt het terug</translation>
    </message>
    <message>
        <source>Its scan is being attached; a moment, please.</source>
        <translation>De scan wordt toegevoegd; een ogenblik geduld.</translation>
    </message>
    <message>
        <source>Keep the scan of the signed agreement; its fingerprint is recorded</source>
        <translation>De scan van de ondertekende overeenkomst bewaren; de vingerafdruk ervan wordt vastgelegd</translation>
    </message>
    <message>
        <source>Find overlaps, policies that never price and bigger orders priced higher</source>
        <translation>Zoek overlappingen, beleid dat nooit prijst en grotere orders die duurder uitvallen</translation>
    </message>
    <message>
        <source>Every change of it: who, when, old → new (Ctrl+H)</source>
        <translation>Elke wijziging: wie, wanneer, oud → nieuw (Ctrl+H)</translation>
    </message>
    <message>
        <source>Enter a new one with the same terms</source>
        <translation>Een nieuwe invoeren met dezelfde voorwaarden</translation>
    </message>
    <message>
        <source>A %1 is changed directly (Open…); copy active or ended ones.</source>
        <translation>Een %1 wordt direct gewijzigd (Openen…); kopieer actieve of beëindigde.</translation>
    </message>
    <message>
        <source>Open it to change it (Enter)</source>
        <translation>Openen om te wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Open it read-only (Enter): a %1 record can no longer change</source>
        <translation>Alleen-lezen openen (Enter): een record met status %1 kan niet meer worden gewijzigd</translation>
    </message>
    <message>
        <source>Send the draft for approval</source>
        <translation>Het concept ter goedkeuring indienen</translation>
    </message>
    <message>
        <source>Make it active; your name, the time and why are kept</source>
        <translation>Activeren; uw naam, het tijdstip en de reden worden bewaard</translation>
    </message>
    <message>
        <source>Send it back to draft, saying why</source>
        <translation>Terugzetten naar concept, met opgave van reden</translation>
    </message>
    <message>
        <source>End it early, saying why; it stays in the register</source>
        <translation>Voortijdig beëindigen, met opgave van reden; blijft in het register</translation>
    </message>
    <message>
        <source>Delete the draft price policy %1?</source>
        <translation>Conceptprijsbeleid %1 verwijderen?</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its code %1 is not given to another policy. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Het is nooit ingediend en verdwijnt daarom uit het register; de code %1 wordt niet aan ander prijsbeleid gegeven. Bewerken → Ongedaan maken (Ctrl+Z) haalt het terug.</translation>
    </message>
    <message>
        <source>Delete the draft rebate agreement %1?</source>
        <translation>Concept-bonusovereenkomst %1 verwijderen?</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its number %1 is not given to another agreement. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Het is nooit ingediend en verdwijnt daarom uit het register; het nummer %1 wordt niet aan een andere overeenkomst gegeven. Bewerken → Ongedaan maken (Ctrl+Z) haalt het terug.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <source>Delete draft %1</source>
        <translation>Concept %1 verwijderen</translation>
    </message>
    <message>
        <source>%1 would become active but never price anything.</source>
        <translation>%1 zou actief worden maar nooit iets prijzen.</translation>
    </message>
    <message>
        <source>%1 becomes active: from %2 it prices quotes for %3 (%4).</source>
        <translation>%1 wordt actief: vanaf %2 bepaalt het de offerteprijzen voor %3 (%4).</translation>
    </message>
    <message>
        <source>%1 becomes active: %2&apos;s purchases from %3 to %4 earn this rebate.</source>
        <translation>%1 wordt actief: de inkoop van %2 van %3 tot %4 levert deze bonus op.</translation>
    </message>
    <message>
        <source>You submitted it yourself, so an approval is someone else&apos;s decision: say who approved it. They are recorded as the approver, you as who recorded it, with the time and why.</source>
        <translation>U hebt het zelf ingediend, dus een goedkeuring is de beslissing van een ander: zeg wie het heeft goedgekeurd. Die wordt vastgelegd als goedkeurder, u als wie het vastlegde, met de tijd en de reden.</translation>
    </message>
    <message>
        <source>You are recorded as the approver, with the time and why.</source>
        <translation>U wordt vastgelegd als goedkeurder, met het tijdstip en de reden.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>%1 goes back to draft so that it can be corrected and submitted again; your reason is kept with it.</source>
        <translation>%1 gaat terug naar concept, zodat het kan worden gecorrigeerd en opnieuw ingediend; uw reden wordt erbij bewaard.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>%1 stops pricing quotes now and stays in the register as terminated.</source>
        <translation>%1 bepaalt vanaf nu geen offerteprijzen meer en blijft als beëindigd in het register.</translation>
    </message>
    <message>
        <source>%1 ends now and stays in the register as terminated.</source>
        <translation>%1 eindigt nu en blijft als beëindigd in het register.</translation>
    </message>
    <message>
        <source>To replace it, enter a new one (Copy as new).</source>
        <translation>Voer een nieuwe in om het te vervangen (Kopiëren als nieuw).</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>Prijsbeleid en bonussen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>De ondertekende overeenkomst toevoegen</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Wat u de vorige keer hebt ingevoerd, is teruggezet (nog niet opgeslagen).</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>New price policy</source>
        <translation>Nieuw prijsbeleid</translation>
    </message>
    <message>
        <source>New rebate agreement</source>
        <translation>Nieuwe bonusovereenkomst</translation>
    </message>
    <message>
        <source>New price policy (copy of %1)</source>
        <translation>Nieuw prijsbeleid (kopie van %1)</translation>
    </message>
    <message>
        <source>New rebate agreement (copy of %1)</source>
        <translation>Nieuwe bonusovereenkomst (kopie van %1)</translation>
    </message>
    <message>
        <source>Enter “%1” in the register as a draft? A draft prices nothing until it is approved; until it is submitted you can still delete it (and undo that), once submitted it stays in the register with its history.</source>
        <translation>“%1” als concept in het register opnemen? Een concept prijst niets tot het is goedgekeurd; tot het is ingediend kunt u het nog verwijderen (en dat ongedaan maken), eenmaal ingediend blijft het met zijn geschiedenis in het register.</translation>
    </message>
    <message>
        <source>Enter this agreement in the register as a draft? Until it is submitted you can still delete it (and undo that); once submitted it stays in the register with its history.</source>
        <translation>Deze overeenkomst als concept in het register opnemen? Tot ze is ingediend kunt u haar nog verwijderen (en dat ongedaan maken); eenmaal ingediend blijft ze met haar geschiedenis in het register.</translation>
    </message>
    <message>
        <source>It was signed on %1, more than %2 days before it is entered: it will be listed as entered late.</source>
        <translation>De overeenkomst is ondertekend op %1, meer dan %2 dagen vóór de invoer: ze wordt vermeld als te laat ingevoerd.</translation>
    </message>
    <message>
        <source>%1 is waiting for approval: saving a change sends it back to draft, to be submitted again.</source>
        <translation>%1 wacht op goedkeuring: als u een wijziging opslaat, gaat het terug naar concept en moet het opnieuw worden ingediend.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Price policy %1</source>
        <translation>Prijsbeleid %1</translation>
    </message>
    <message>
        <source>Rebate agreement %1</source>
        <translation>Bonusovereenkomst %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>door u gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <source>before a sales import</source>
        <translation>vóór een import van verkoopcijfers</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <source>Choose the state to go back to. What is in the database now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Kies de toestand waarnaar u wilt teruggaan. Van de huidige inhoud van de database wordt eerst een back-up gemaakt, zodat u een herstel kunt terugdraaien door die kopie terug te zetten.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>No backups yet — File → Back up now makes one.</source>
        <translation>Nog geen back-ups — Bestand → Nu back-up maken maakt er een.</translation>
    </message>
    <message>
        <source>A backup is taken daily when you open the database; keep</source>
        <translation>Er wordt dagelijks een back-up gemaakt wanneer u de database opent; bewaar</translation>
    </message>
    <message>
        <source>daily and</source>
        <translation>dagelijkse en</translation>
    </message>
    <message>
        <source>weekly.</source>
        <translation>wekelijkse.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>acct-desktop databases (*.acctdb *.db)</source>
        <translation>acct-desktop-databases (*.acctdb *.db)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>voorkeur voor</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>visiting hours</source>
        <translation>bezoektijden</translation>
    </message>
    <message>
        <source>every</source>
        <translation>elke</translation>
    </message>
    <message>
        <source>for</source>
        <translation>gedurende</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>No sales recorded for this account. Import them with File › Import sales…</source>
        <translation>Geen verkoopcijfers voor deze klant. Importeer ze via Bestand › Verkoopcijfers importeren…</translation>
    </message>
    <message>
        <source>Loading sales…</source>
        <translation>Verkopen laden…</translation>
    </message>
</context>
<context>
    <name>SealActions</name>
    <message>
        <source>Issue &amp;checklist…</source>
        <translation>&amp;Probleemlijst uitgeven…</translation>
    </message>
    <message>
        <source>Print and seal a written checklist of the current account&apos;s open issues</source>
        <translation>Een schriftelijke probleemlijst van de openstaande problemen van de huidige klant afdrukken en verzegelen</translation>
    </message>
    <message>
        <source>&amp;Verify document…</source>
        <translation>Document &amp;verifiëren…</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>&amp;Mijn gegevens…</translation>
    </message>
    <message>
        <source>&amp;Export my seal certificate…</source>
        <translation>Mijn zegelcertificaat &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>Certificaat ver&amp;trouwen…</translation>
    </message>
    <message>
        <source>&amp;New seal key…</source>
        <translation>&amp;Nieuwe zegelsleutel…</translation>
    </message>
    <message>
        <source>Replace your seal key, e.g. when it can no longer be unlocked</source>
        <translation>Vervang uw zegelsleutel, bijvoorbeeld als hij niet meer kan worden ontgrendeld</translation>
    </message>
    <message>
        <source>No seal yet</source>
        <translation>Nog geen zegel</translation>
    </message>
    <message>
        <source>Your seal key and certificate are made when you issue your first checklist. Issue one, then export the certificate.</source>
        <translation>Uw zegelsleutel en certificaat worden gemaakt wanneer u uw eerste probleemlijst uitgeeft. Geef er een uit en exporteer daarna het certificaat.</translation>
    </message>
    <message>
        <source>Export my seal certificate</source>
        <translation>Mijn zegelcertificaat exporteren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation>Certificaat geëxporteerd</translation>
    </message>
    <message>
        <source>Give %1 to head office. They can check it is yours by its fingerprint:
%2</source>
        <translation>Geef %1 aan het hoofdkantoor. Daar kan men aan de vingerafdruk controleren dat het van u is:
%2</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>Certificaat vertrouwd</translation>
    </message>
    <message>
        <source>Documents sealed by %1 (%2) now verify as intact.
Fingerprint: %3</source>
        <translation>Documenten die door %1 (%2) zijn verzegeld, worden nu als onveranderd geverifieerd.
Vingerafdruk: %3</translation>
    </message>
    <message>
        <source>New seal key</source>
        <translation>Nieuwe zegelsleutel</translation>
    </message>
    <message>
        <source>Make a new seal key for %1 (%2)?

Checklists you issue from now on are sealed with the new key, and the old key is deleted. Documents sealed with the old key still verify as intact on this computer: its certificate stays among the trusted ones, and the database keeps every copy it issued.

Whoever checks your seals elsewhere (head office) needs the new certificate: send it with Tools → Export my seal certificate… afterwards.</source>
        <translation>Een nieuwe zegelsleutel maken voor %1 (%2)?

Probleemlijsten die u vanaf nu uitgeeft, worden met de nieuwe sleutel verzegeld; de oude sleutel wordt verwijderd. Documenten die met de oude sleutel zijn verzegeld, worden op deze computer nog steeds als onveranderd geverifieerd: het oude certificaat blijft bij de vertrouwde certificaten en de database bewaart elk uitgegeven exemplaar.

Wie elders uw zegels controleert (het hoofdkantoor), heeft het nieuwe certificaat nodig: stuur het daarna met Extra → Mijn zegelcertificaat exporteren….</translation>
    </message>
    <message>
        <source>New seal key made</source>
        <translation>Nieuwe zegelsleutel gemaakt</translation>
    </message>
    <message>
        <source>Your new seal key is ready. Give head office the new certificate (Tools → Export my seal certificate…); they can check it is yours by its fingerprint:
%1</source>
        <translation>Uw nieuwe zegelsleutel is klaar. Geef het hoofdkantoor het nieuwe certificaat (Extra → Mijn zegelcertificaat exporteren…); daar kan men aan de vingerafdruk controleren dat het van u is:
%1</translation>
    </message>
    <message>
        <source>No new seal key</source>
        <translation>Geen nieuwe zegelsleutel</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze alert</source>
        <translation>Signalering uitstellen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
</context>
<context>
    <name>StampedCopyDialog</name>
    <message>
        <source>Stamped copy — %1</source>
        <translation>Gestempeld exemplaar — %1</translation>
    </message>
    <message>
        <source>The scan of the copy %1 stamped (PDF, JPG or PNG, up to %2 MB) and the day on its stamp.</source>
        <translation>De scan van het exemplaar dat %1 heeft gestempeld (PDF, JPG of PNG, tot %2 MB) en de dag op de stempel.</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Kies de scan…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Between the day the checklist was issued (%1) and today.</source>
        <translation>Tussen de dag waarop de probleemlijst is uitgegeven (%1) en vandaag.</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>Stamped on:</source>
        <translation>Gestempeld op:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>The scan of the stamped checklist</source>
        <translation>De scan van de gestempelde probleemlijst</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Gescande bestanden (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose the scan of the stamped copy.</source>
        <translation>Kies de scan van het gestempelde exemplaar.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 wordt toegevoegd…</translation>
    </message>
    <message>
        <source>Replace it with %1? The earlier scan stays in the database; the checklist then shows the new one.</source>
        <translation>Vervangen door %1? De eerdere scan blijft in de database; de probleemlijst toont dan de nieuwe.</translation>
    </message>
    <message>
        <source>Attach %1 to %2 all the same?</source>
        <translation>%1 toch bij %2 voegen?</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Add a target for %1</source>
        <translation>Doel toevoegen voor %1</translation>
    </message>
    <message>
        <source>Find an account or territory…</source>
        <translation>Klant of regio zoeken…</translation>
    </message>
    <message>
        <source>Account or territory</source>
        <translation>Klant of regio</translation>
    </message>
    <message>
        <source>Category (empty: all)</source>
        <translation>Categorie (leeg: alle)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Break down %1 of %2</source>
        <translation>%1 van %2 verdelen</translation>
    </message>
    <message>
        <source>4 quarter or 12 month weights, e.g. 1; 1; 2; 2</source>
        <translation>4 kwartaal- of 12 maandgewichten, bijv. 1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year&apos;s target</source>
        <translation>Jaardoel</translation>
    </message>
    <message>
        <source>Break down</source>
        <translation>Verdelen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <source>Choose an account or territory.</source>
        <translation>Kies een klant of regio.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Sales targets</source>
        <translation>Verkoopdoelen</translation>
    </message>
    <message>
        <source>Filter by account, territory or category (Ctrl+F)</source>
        <translation>Filteren op klant, regio of categorie (Ctrl+F)</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>How an edited year is broken down into months</source>
        <translation>Hoe een bewerkt jaar over de maanden wordt verdeeld</translation>
    </message>
    <message>
        <source>weights, e.g. 1; 1; 2; 2</source>
        <translation>gewichten, bijv. 1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Year edits break down</source>
        <translation>Jaarwijzigingen verdelen</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>Doel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Break down year…</source>
        <translation>Jaar &amp;verdelen…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>Doel ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>No targets for %1 — Add target… or Import… a spreadsheet.</source>
        <translation>Geen doelen voor %1 — kies Doel toevoegen… of importeer een spreadsheet (Importeren…).</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>%1 %2 bewerken</translation>
    </message>
    <message>
        <source>Select the target to break down first.</source>
        <translation>Selecteer eerst het doel dat u wilt verdelen.</translation>
    </message>
    <message>
        <source>set the year of %1</source>
        <translation>het jaar van %1 instellen</translation>
    </message>
    <message>
        <source>Select the target to delete first.</source>
        <translation>Selecteer eerst het doel dat u wilt verwijderen.</translation>
    </message>
    <message>
        <source>delete the target of %1</source>
        <translation>het doel van %1 verwijderen</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>Doelen importeren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>De import is gestopt: %1. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Rename the column “%1” to “%2” in the file (a heading the import reads as the measure), then import it again.</source>
        <translation>Hernoem de kolom “%1” in het bestand naar “%2” (een kolomkop die de import als meetwaarde leest) en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>What the colours of the dots show</source>
        <translation>Wat de kleuren van de stippen aangeven</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Kleur op basis van:</translation>
    </message>
    <message>
        <source>Plan visits for selection…</source>
        <translation>Bezoeken plannen voor selectie…</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>Bezoeken plannen…</translation>
    </message>
    <message>
        <source>Fit all accounts</source>
        <translation>Alle klanten in beeld</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lassoselectie</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Selectie wissen</translation>
    </message>
    <message>
        <source>Lasso: drag around the accounts to select (Ctrl+drag works any time); Shift+drag selects a rectangle</source>
        <translation>Lasso: sleep rond de klanten om ze te selecteren (Ctrl+slepen werkt altijd); Shift+slepen selecteert een rechthoek</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>%Ln klant weergegeven</numerusform>
            <numerusform>%Ln klanten weergegeven</numerusform>
        </translation>
    </message>
    <message>
        <source>No account on the map</source>
        <translation>Geen klant op de kaart</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without coordinates</source>
        <translation>
            <numerusform>%Ln zonder coördinaten</numerusform>
            <numerusform>%Ln zonder coördinaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln geselecteerd</numerusform>
            <numerusform>%Ln geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Bezoekstatus</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>Problemen over de uiterste datum</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>Klasse A</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>Klasse B</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>Klasse C</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Bezoek achterstallig</translation>
    </message>
    <message>
        <source>Visit due in the next %1 days</source>
        <translation>Bezoek binnen %1 dagen nodig</translation>
    </message>
    <message>
        <source>Visit not yet due</source>
        <translation>Bezoek nog niet nodig</translation>
    </message>
    <message>
        <source>Issue past its deadline</source>
        <translation>Probleem over de uiterste datum</translation>
    </message>
    <message>
        <source>No issue past its deadline</source>
        <translation>Geen probleem over de uiterste datum</translation>
    </message>
    <message>
        <source>%1°E</source>
        <comment>longitude east of Greenwich</comment>
        <translation>%1°O</translation>
    </message>
    <message>
        <source>%1°W</source>
        <comment>longitude west of Greenwich</comment>
        <translation>%1°W</translation>
    </message>
    <message>
        <source>%1°N</source>
        <comment>latitude north of the equator</comment>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <comment>latitude south of the equator</comment>
        <translation>%1°Z</translation>
    </message>
    <message>
        <source>size: sell-in, last 12 months, relative per currency</source>
        <translation>grootte: inkoop laatste 12 maanden, relatief per valuta</translation>
    </message>
    <message>
        <source>bubble: accounts close together, ring = their colours</source>
        <translation>bel: klanten dicht bij elkaar, ring = hun kleuren</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Never visited: due today</source>
        <translation>Nooit bezocht: vandaag nodig</translation>
    </message>
    <message>
        <source>Visit due today</source>
        <translation>Bezoek vandaag nodig</translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation>Laatste bezoek %1</translation>
    </message>
    <message>
        <source>Sell-in, last 12 months: %1</source>
        <translation>Inkoop laatste 12 maanden: %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klik om in te zoomen</translation>
    </message>
    <message>
        <source>No account has coordinates yet.</source>
        <translation>Nog geen klant heeft coördinaten.</translation>
    </message>
    <message>
        <source>Enter an account&apos;s latitude and longitude (Account ▸ Edit) to see it here.</source>
        <translation>Vul de breedte- en lengtegraad van een klant in (Klant ▸ Bewerken) om hem hier te zien.</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Staffel toevoegen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Staffel verwijderen</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>From volume</source>
        <translation>Vanaf volume</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>Bonus %</translation>
    </message>
    <message>
        <source>From growth</source>
        <translation>Vanaf groei</translation>
    </message>
    <message>
        <source>Give the threshold and the rate.</source>
        <translation>Geef de drempel en het percentage op.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>A rate lies between 0 and %1.</source>
        <translation>Een percentage ligt tussen 0 en %1.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Staffel %1: %2</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <source>Spreadsheets and vCards</source>
        <translation>Spreadsheets en vCards</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCards</translation>
    </message>
    <message>
        <source>Calendars (visits)</source>
        <translation>Agenda&apos;s (bezoeken)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Change the contact</source>
        <translation>Contactpersoon wijzigen</translation>
    </message>
    <message>
        <source>Change the valid-until date</source>
        <translation>Geldig-tot-datum wijzigen</translation>
    </message>
    <message>
        <source>Change the date requested</source>
        <translation>Aanvraagdatum wijzigen</translation>
    </message>
    <message>
        <source>Change the delivery date wanted</source>
        <translation>Gewenste leverdatum wijzigen</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>Valuta wijzigen</translation>
    </message>
    <message>
        <source>Change the tax rate</source>
        <translation>Btw-tarief wijzigen</translation>
    </message>
    <message>
        <source>Change the quote discount</source>
        <translation>Offertekorting wijzigen</translation>
    </message>
    <message>
        <source>Change the payment terms</source>
        <translation>Betalingsvoorwaarden wijzigen</translation>
    </message>
    <message>
        <source>Change the delivery terms</source>
        <translation>Leveringsvoorwaarden wijzigen</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>Opmerkingen wijzigen</translation>
    </message>
    <message>
        <source>Change the quote</source>
        <translation>Offerte wijzigen</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 aanmaken</translation>
    </message>
</context>
<context>
    <name>Unprintable</name>
    <message>
        <source>Characters missing from the PDF</source>
        <translation>Tekens ontbreken in de PDF</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Verify a sealed document</source>
        <translation>Verzegeld document verifiëren</translation>
    </message>
    <message>
        <source>Choose a sealed checklist PDF. Its digital seal is checked against your own certificate and the ones you trust.</source>
        <translation>Kies een PDF van een verzegelde probleemlijst. Het digitale zegel wordt gecontroleerd met uw eigen certificaat en de certificaten die u vertrouwt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>PDF kiezen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>VisitCalendarDock</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Werkweek</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>This account&apos;s visits</source>
        <translation>Bezoeken van deze klant</translation>
    </message>
    <message>
        <source>Everyone&apos;s visits</source>
        <translation>Bezoeken van iedereen</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>Mijn bezoeken</translation>
    </message>
    <message>
        <source>A shared database: show every manager&apos;s visits, or only yours</source>
        <translation>Gedeelde database: de bezoeken van alle accountmanagers tonen, of alleen die van u</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>Bezoeken plannen…</translation>
    </message>
    <message>
        <source>Propose visits for a period: overdue and urgent accounts first, by area</source>
        <translation>Bezoeken voorstellen voor een periode: achterstallige en dringende klanten eerst, per gebied</translation>
    </message>
    <message>
        <source>Route on map</source>
        <translation>Route op kaart</translation>
    </message>
    <message>
        <source>Draw this day&apos;s visits on the territory map, in order</source>
        <translation>De bezoeken van deze dag op volgorde op de regiokaart tekenen</translation>
    </message>
    <message>
        <source>Print &amp;&amp; Outlook</source>
        <translation>Afdrukken &amp;&amp; Outlook</translation>
    </message>
    <message>
        <source>Print visit sheets…</source>
        <translation>Bezoekformulieren afdrukken…</translation>
    </message>
    <message>
        <source>Send to Outlook (.ics)…</source>
        <translation>Naar Outlook sturen (.ics)…</translation>
    </message>
    <message>
        <source>Read an Outlook calendar (.ics)…</source>
        <translation>Outlook-agenda inlezen (.ics)…</translation>
    </message>
    <message>
        <source>Visit cycles…</source>
        <translation>Bezoekcycli…</translation>
    </message>
    <message>
        <source>History of the visit</source>
        <translation>Geschiedenis van het bezoek</translation>
    </message>
    <message>
        <source>Fill in your name under Tools → My details first.</source>
        <translation>Vul eerst uw naam in onder Extra → Mijn gegevens.</translation>
    </message>
    <message>
        <source>Select an account to see its visits.</source>
        <translation>Selecteer een klant om de bezoeken te zien.</translation>
    </message>
    <message>
        <source>No visits recorded for this account yet.</source>
        <translation>Voor deze klant zijn nog geen bezoeken vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n visit(s) with a conflict</source>
        <translation>
            <numerusform>⚠ %n bezoek met een conflict</numerusform>
            <numerusform>⚠ %n bezoeken met een conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s)</source>
        <translation>
            <numerusform>%n gepland bezoek</numerusform>
            <numerusform>%n geplande bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits — drag or double-click on the calendar to plan one, or use Plan visits…</source>
        <translation>Geen bezoeken — sleep of dubbelklik in de agenda om er een te plannen, of gebruik Bezoeken plannen…</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Bezoekagenda</translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>Bezoek verplaatsen</translation>
    </message>
    <message>
        <source>Choose an account first: the new visit is for the current account.</source>
        <translation>Kies eerst een klant: het nieuwe bezoek is voor de huidige klant.</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>Bezoek plannen</translation>
    </message>
    <message>
        <source>Mark visit %1</source>
        <translation>Bezoek markeren als %1</translation>
    </message>
    <message>
        <source>Visit report…</source>
        <translation>Bezoekverslag…</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Markeren als %1</translation>
    </message>
    <message>
        <source>Move before the previous stop</source>
        <translation>Vóór de vorige stop zetten</translation>
    </message>
    <message>
        <source>Move after the next stop</source>
        <translation>Na de volgende stop zetten</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Klant openen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Choose a visit first: History shows who changed it.</source>
        <translation>Kies eerst een bezoek: Geschiedenis laat zien wie het heeft gewijzigd.</translation>
    </message>
    <message>
        <source>New visit here</source>
        <translation>Nieuw bezoek hier</translation>
    </message>
    <message>
        <source>No visits on this day to draw.</source>
        <translation>Geen bezoeken op deze dag om te tekenen.</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan accepteren</translation>
    </message>
    <message>
        <source>This is the first planned visit of its day.</source>
        <translation>Dit is het eerste geplande bezoek van die dag.</translation>
    </message>
    <message>
        <source>This is the last planned visit of its day.</source>
        <translation>Dit is het laatste geplande bezoek van die dag.</translation>
    </message>
    <message>
        <source>Move visit before the previous stop</source>
        <translation>Bezoek vóór de vorige stop zetten</translation>
    </message>
    <message>
        <source>Move visit after the next stop</source>
        <translation>Bezoek na de volgende stop zetten</translation>
    </message>
</context>
<context>
    <name>VisitCalendarKeys</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Bezoek annuleren</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
</context>
<context>
    <name>VisitCyclesDialog</name>
    <message>
        <source>Visit cycles</source>
        <translation>Bezoekcycli</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Per klasse</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>This account has its own cycle (instead of its tier&apos;s)</source>
        <translation>Deze klant heeft een eigen cyclus (in plaats van die van de klasse)</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Visit report — %1</source>
        <translation>Bezoekverslag — %1</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Bezoekdoel:</translation>
    </message>
    <message>
        <source>Contacts met:</source>
        <translation>Gesproken contactpersonen:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Samenvatting:</translation>
    </message>
    <message>
        <source>Stock seen:</source>
        <translation>Waargenomen voorraad:</translation>
    </message>
    <message>
        <source>Sell-through:</source>
        <translation>Doorverkoop:</translation>
    </message>
    <message>
        <source>Shop-floor needs:</source>
        <translation>Behoeften op de winkelvloer:</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Vervolgacties:</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly; leave empty when you did not ask</source>
        <translation>0 = helemaal niet, 10 = zeker; leeg laten als u het niet hebt gevraagd</translation>
    </message>
    <message>
        <source>Would they recommend us? (0–10)</source>
        <translation>Zouden ze ons aanbevelen? (0–10)</translation>
    </message>
    <message>
        <source>Compliance (tick yes, leave grey when not checked)</source>
        <translation>Naleving (vink aan voor ja, laat grijs als niet gecontroleerd)</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>Prijzen zoals afgesproken</translation>
    </message>
    <message>
        <source>POP material in place</source>
        <translation>POP-materiaal aanwezig</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>Doet mee aan de promotie</translation>
    </message>
    <message>
        <source>Competitors seen</source>
        <translation>Waargenomen concurrenten</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Prijs (%1)</translation>
    </message>
    <message>
        <source>Shelf share %</source>
        <translation>Schapaandeel %</translation>
    </message>
    <message>
        <source>The share of the shelf the competitor holds, 0 to 100</source>
        <translation>Het deel van het schap dat de concurrent inneemt, 0 tot 100</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Problems raised (customer issues)</source>
        <translation>Gemelde problemen (klantproblemen)</translation>
    </message>
    <message>
        <source>Raise an issue…</source>
        <translation>Probleem melden…</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>Bezoek afronden</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Volgend bezoek:</translation>
    </message>
    <message>
        <source>What you typed and had not saved is back, and saved.</source>
        <translation>Wat u had getypt en nog niet was opgeslagen, is terug en opgeslagen.</translation>
    </message>
    <message>
        <source>What you typed and had not added is back.</source>
        <translation>Wat u had getypt en nog niet had toegevoegd, is terug.</translation>
    </message>
    <message>
        <source>Your text is back over the saved version; someone else saved another text there meanwhile (quoted under it). Type on in it to save yours.</source>
        <translation>Uw tekst staat weer over de opgeslagen versie; een collega heeft daar intussen een andere tekst opgeslagen (eronder geciteerd). Typ erin verder om de uwe op te slaan.</translation>
    </message>
    <message>
        <source>What you typed meanwhile is saved.</source>
        <translation>Wat u intussen typte, is opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the team database is back.</source>
        <translation>Nog niet opgeslagen — bewaard, en weggeschreven zodra de teamdatabase terug is.</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the database file is back.</source>
        <translation>Nog niet opgeslagen — bewaard, en weggeschreven zodra het databasebestand terug is.</translation>
    </message>
    <message>
        <source>Not saved: the team database cannot be reached. Do it again once it is back.</source>
        <translation>Niet opgeslagen: de teamdatabase is niet bereikbaar. Doe het opnieuw zodra ze terug is.</translation>
    </message>
    <message>
        <source>Not saved: the database file cannot be reached. Do it again once it is back.</source>
        <translation>Niet opgeslagen: het databasebestand is niet bereikbaar. Doe het opnieuw zodra het terug is.</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 10.</source>
        <translation>Voer een geheel getal van 0 tot en met 10 in.</translation>
    </message>
    <message>
        <source>shelf %1</source>
        <translation>schap %1</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 100.</source>
        <translation>Typ een geheel getal van 0 tot en met 100.</translation>
    </message>
    <message>
        <source>Problem raised at the visit</source>
        <translation>Probleem gemeld tijdens het bezoek</translation>
    </message>
    <message>
        <source>The competitor row you typed is not added yet: correct it and press Add, or clear it.</source>
        <translation>De concurrentregel die u typte is nog niet toegevoegd: verbeter hem en klik op Toevoegen, of maak hem leeg.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Manager: %1</source>
        <translation>Accountmanager: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your accounts, the people who decide in them, visits, price policies, rebates and quotes — on your laptop, offline.</source>
        <translation>Uw klanten, wie er beslist, bezoeken, prijsbeleid, bonussen en offertes — op uw laptop, offline.</translation>
    </message>
    <message>
        <source>Continue with the empty database</source>
        <translation>Doorgaan met de lege database</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Demodatabase openen</translation>
    </message>
    <message>
        <source>A sample territory of 200 accounts with their contacts, visits, prices and quotes, to try everything on. Made in your data folder the first time.</source>
        <translation>Een voorbeeldregio met 200 klanten, hun contactpersonen, bezoeken, prijzen en offertes, om alles op uit te proberen. De eerste keer aangemaakt in uw gegevensmap.</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet…</source>
        <translation>Klanten importeren uit een spreadsheet…</translation>
    </message>
    <message>
        <source>Your customers from a CSV or Excel file (an ERP or CRM export); you choose which column is which.</source>
        <translation>Uw klanten uit een CSV- of Excel-bestand (een export uit ERP of CRM); u kiest welke kolom wat is.</translation>
    </message>
    <message>
        <source>Open or create a database first, then bring in your customers.</source>
        <translation>Open of maak eerst een database en haal daarna uw klanten binnen.</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Nieuwe database maken…</translation>
    </message>
    <message>
        <source>An empty database file for your own territory.</source>
        <translation>Een leeg databasebestand voor uw eigen regio.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Bestaande database openen…</translation>
    </message>
    <message>
        <source>A database file on this laptop or on a shared drive.</source>
        <translation>Een databasebestand op deze laptop of op een gedeelde schijf.</translation>
    </message>
    <message>
        <source>Tip: drop a CSV or Excel file on the window to import it.</source>
        <translation>Tip: sleep een CSV- of Excel-bestand op het venster om het te importeren.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>The databases you open are listed here.</source>
        <translation>De databases die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recente databases</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>%1 is open and has no accounts yet.</source>
        <translation>%1 is geopend en bevat nog geen klanten.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
</context>
<context>
    <name>account_tree</name>
    <message>
        <source>Next
due</source>
        <translation>Volgend
bezoek</translation>
    </message>
    <message>
        <source>Open
issues</source>
        <translation>Open
problemen</translation>
    </message>
    <message>
        <source>Open issues of the account and of all accounts below it (late ones in brackets)</source>
        <translation>Openstaande problemen van de klant en alle klanten eronder (te late tussen haakjes)</translation>
    </message>
    <message>
        <source>Sell-in of this year&apos;s whole months against target, for the account and all accounts below it. The target is the account&apos;s own where it has one, else the sum of the targets below it (never both).</source>
        <translation>Inkoop van de volledige maanden van dit jaar tegenover het doel, voor de klant en alle klanten eronder. Het doel is dat van de klant zelf als die er een heeft, anders de som van de doelen eronder (nooit allebei).</translation>
    </message>
    <message>
        <source>No whole month of this year to compare yet.</source>
        <translation>Dit jaar is er nog geen volledige maand om te vergelijken.</translation>
    </message>
    <message>
        <source>%1 to %2: this account and all accounts below it</source>
        <translation>%1 t/m %2: deze klant en alle klanten eronder</translation>
    </message>
    <message>
        <source>%1 to %2: this account</source>
        <translation>%1 t/m %2: deze klant</translation>
    </message>
    <message>
        <source>Sell-in: %1 %2</source>
        <translation>Inkoop: %1 %2</translation>
    </message>
    <message>
        <source>No sell-in target is set for it or below it</source>
        <translation>Voor deze klant en de klanten eronder is geen inkoopdoel ingesteld</translation>
    </message>
    <message>
        <source>No sell-in target is set for it</source>
        <translation>Voor deze klant is geen inkoopdoel ingesteld</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>Doel: %1 %2</translation>
    </message>
    <message>
        <source>%1 of target</source>
        <translation>%1 van het doel</translation>
    </message>
    <message>
        <source>Figures in %1 below it are left out.</source>
        <translation>Bedragen in %1 eronder tellen niet mee.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>gepland %1</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 d te laat</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 te laat)</translation>
    </message>
    <message>
        <source>Visit overdue since %1 · visit booked %2</source>
        <translation>Bezoek te laat sinds %1 · gepland %2</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Bezoek te laat sinds %1</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline, child accounts included</source>
        <translation>%1 probleem/problemen over de uiterste datum, onderliggende klanten meegeteld</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline</source>
        <translation>%1 probleem/problemen over de uiterste datum</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Visit 1 day overdue</source>
        <translation>Bezoek 1 dag achterstallig</translation>
    </message>
    <message>
        <source>Visit {days} days overdue</source>
        <translation>Bezoek {days} dagen achterstallig</translation>
    </message>
    <message>
        <source>{number} expires today</source>
        <translation>{number} verloopt vandaag</translation>
    </message>
    <message>
        <source>{number} expires tomorrow</source>
        <translation>{number} verloopt morgen</translation>
    </message>
    <message>
        <source>{number} expires in {days} days</source>
        <translation>{number} verloopt over {days} dagen</translation>
    </message>
    <message>
        <source>Rebate {number} entered late: {delay} days after signing (limit {limit})</source>
        <translation>Bonus {number} te laat ingevoerd: {delay} dagen na ondertekening (grens {limit})</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still a draft</source>
        <translation>Bonus {number} ondertekend op {signed}, nog een concept</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still awaiting approval</source>
        <translation>Bonus {number} ondertekend op {signed}, wacht nog op goedkeuring</translation>
    </message>
    <message>
        <source>Issue {number} 1 day past deadline</source>
        <translation>Probleem {number} 1 dag over de uiterste datum</translation>
    </message>
    <message>
        <source>Issue {number} {days} days past deadline</source>
        <translation>Probleem {number} {days} dagen over de uiterste datum</translation>
    </message>
    <message>
        <source>Sell-in {gap} below target · {month}</source>
        <translation>Inkoop {gap} onder doel · {month}</translation>
    </message>
    <message>
        <source>Outbound {gap} below target · {month}</source>
        <translation>Uitlevering {gap} onder doel · {month}</translation>
    </message>
    <message>
        <source>Sell-out {gap} below target · {month}</source>
        <translation>Eindverkoop {gap} onder doel · {month}</translation>
    </message>
    <message>
        <source>Stock {gap} below target · {month}</source>
        <translation>Voorraad {gap} onder doel · {month}</translation>
    </message>
    <message>
        <source>Visit 1 day overdue · visit booked {booked}</source>
        <translation>Bezoek 1 dag achterstallig · gepland {booked}</translation>
    </message>
    <message>
        <source>Visit {days} days overdue · visit booked {booked}</source>
        <translation>Bezoek {days} dagen achterstallig · gepland {booked}</translation>
    </message>
    <message>
        <source>1 visit overdue</source>
        <translation>1 bezoek achterstallig</translation>
    </message>
    <message>
        <source>%1 visits overdue</source>
        <translation>%1 bezoeken achterstallig</translation>
    </message>
    <message>
        <source>1 quote expires within %2 days</source>
        <translation>1 offerte verloopt binnen %2 dagen</translation>
    </message>
    <message>
        <source>%1 quotes expire within %2 days</source>
        <translation>%1 offertes verlopen binnen %2 dagen</translation>
    </message>
    <message>
        <source>1 rebate entered late</source>
        <translation>1 bonus te laat ingevoerd</translation>
    </message>
    <message>
        <source>%1 rebates entered late</source>
        <translation>%1 bonussen te laat ingevoerd</translation>
    </message>
    <message>
        <source>1 rebate not yet active</source>
        <translation>1 bonus nog niet actief</translation>
    </message>
    <message>
        <source>%1 rebates not yet active</source>
        <translation>%1 bonussen nog niet actief</translation>
    </message>
    <message>
        <source>1 issue past deadline</source>
        <translation>1 probleem over de uiterste datum</translation>
    </message>
    <message>
        <source>%1 issues past deadline</source>
        <translation>%1 problemen over de uiterste datum</translation>
    </message>
    <message>
        <source>1 account below target</source>
        <translation>1 klant onder doel</translation>
    </message>
    <message>
        <source>%1 accounts below target</source>
        <translation>%1 klanten onder doel</translation>
    </message>
    <message>
        <source>1 visit overdue, not booked</source>
        <translation>1 bezoek achterstallig, niet gepland</translation>
    </message>
    <message>
        <source>%1 visits overdue, not booked</source>
        <translation>%1 bezoeken achterstallig, niet gepland</translation>
    </message>
    <message>
        <source>1 overdue visit booked</source>
        <translation>1 achterstallig bezoek gepland</translation>
    </message>
    <message>
        <source>%1 overdue visits booked</source>
        <translation>%1 achterstallige bezoeken gepland</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Uitgesteld tot %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Genegeerd: %1</translation>
    </message>
    <message>
        <source>Red: needs you now</source>
        <translation>Rood: vraagt nu aandacht</translation>
    </message>
    <message>
        <source>Amber: needs a look soon</source>
        <translation>Oranje: binnenkort bekijken</translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>%1 tegenover een doel van %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Dubbelklik of druk op Enter om te openen.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subopdrachten</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer van het programma tonen en stoppen</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (standaard: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: waarschuwing: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s argumenten</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende subopdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>overlaps another visit</source>
        <translation>overlapt met een ander bezoek</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>buiten werktijd</translation>
    </message>
    <message>
        <source>on a day off</source>
        <translation>op een vrije dag</translation>
    </message>
    <message>
        <source>the customer is closed that day</source>
        <translation>de klant is die dag gesloten</translation>
    </message>
    <message>
        <source>outside the customer&apos;s visiting hours</source>
        <translation>buiten de bezoektijden van de klant</translation>
    </message>
</context>
<context>
    <name>chartMenu</name>
    <message>
        <source>Copy chart</source>
        <translation>Grafiek kopiëren</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>Grafiek opslaan als…</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>Grafiek opslaan als</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-tekening</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>De grafiek kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Eindverkoop</translation>
    </message>
    <message>
        <source>No sales recorded</source>
        <translation>Geen verkopen vastgelegd</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>Replaced by R%1</source>
        <translation>Vervangen door R%1</translation>
    </message>
    <message>
        <source>Stamped by customer</source>
        <translation>Gestempeld door klant</translation>
    </message>
    <message>
        <source>Awaiting customer&apos;s stamp</source>
        <translation>Wacht op stempel van klant</translation>
    </message>
    <message>
        <source>With the accounts below</source>
        <translation>Met klanten eronder</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Deze klant</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Verificatiecode: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the audit trail: check its hash chain</source>
        <translation>het auditspoor: de hashketen controleren</translation>
    </message>
    <message>
        <source>check that no audit event was changed, deleted or reordered</source>
        <translation>controleren dat geen auditgebeurtenis is gewijzigd, verwijderd of van volgorde veranderd</translation>
    </message>
    <message>
        <source>who changed an account, a quote or an issue: when, which field, old → new</source>
        <translation>wie een klant, offerte of probleem heeft gewijzigd: wanneer, welk veld, oud → nieuw</translation>
    </message>
    <message>
        <source>the account with this code</source>
        <translation>de klant met deze code</translation>
    </message>
    <message>
        <source>the quote with this number (all its revisions)</source>
        <translation>de offerte met dit nummer (al haar revisies)</translation>
    </message>
    <message>
        <source>the issue with this number</source>
        <translation>het probleem met dit nummer</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Het auditspoor is verbroken: %1</translation>
    </message>
    <message>
        <source>%1 events before it are intact (up to event %2).</source>
        <translation>%1 gebeurtenissen ervoor zijn intact (tot en met gebeurtenis %2).</translation>
    </message>
    <message>
        <source>There is no account with code %1.</source>
        <translation>Er is geen klant met code %1.</translation>
    </message>
    <message>
        <source>There is no quote numbered %1.</source>
        <translation>Er is geen offerte met nummer %1.</translation>
    </message>
    <message>
        <source>There is no issue numbered %1.</source>
        <translation>Er is geen probleem met nummer %1.</translation>
    </message>
    <message>
        <source>No change has been recorded for %1 yet.</source>
        <translation>Voor %1 is nog geen wijziging vastgelegd.</translation>
    </message>
    <message>
        <source>make a verified copy of a database (default: into your backup folder)</source>
        <translation>een gecontroleerde kopie van een database maken (standaard: in uw back-upmap)</translation>
    </message>
    <message>
        <source>write the copy to this file (or into this folder) instead of the backup folder</source>
        <translation>de kopie naar dit bestand (of in deze map) schrijven in plaats van in de back-upmap</translation>
    </message>
    <message>
        <source>replace a database with a backup (the current state is backed up first)</source>
        <translation>een database vervangen door een back-up (van de huidige toestand wordt eerst een back-up gemaakt)</translation>
    </message>
    <message>
        <source>list a database&apos;s backups, newest first</source>
        <translation>de back-ups van een database tonen, nieuwste eerst</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 bestaat niet, dus er is niets om een back-up van te maken.</translation>
    </message>
    <message>
        <source>backup of %1 (schema %2) written to %3</source>
        <translation>back-up van %1 (schemaversie %2) geschreven naar %3</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 hersteld uit %2</translation>
    </message>
    <message>
        <source>the state it replaced was saved as %1</source>
        <translation>de vervangen toestand is opgeslagen als %1</translation>
    </message>
    <message>
        <source>no backups of %1 in %2</source>
        <translation>geen back-ups van %1 in %2</translation>
    </message>
    <message>
        <source>backups of %1 in %2:</source>
        <translation>back-ups van %1 in %2:</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command (%1).</source>
        <translation>een onverwacht probleem heeft de opdracht gestopt (%1).</translation>
    </message>
    <message>
        <source>print (and seal) a document as PDF</source>
        <translation>een document als PDF afdrukken (en verzegelen)</translation>
    </message>
    <message>
        <source>issue and seal a written checklist of an account&apos;s open issues</source>
        <translation>een schriftelijke probleemlijst van de open problemen van een klant uitgeven en verzegelen</translation>
    </message>
    <message>
        <source>issue numbers to list (default: all open ones)</source>
        <translation>nummers van de op te nemen problemen (standaard: alle open problemen)</translation>
    </message>
    <message>
        <source>also list the issues of every account below it, each naming its account</source>
        <translation>neem ook de problemen van alle klanten eronder op, elk met de klant erbij</translation>
    </message>
    <message>
        <source>when a checklist of these issues still waits for the customer&apos;s stamp, issue its next revision instead</source>
        <translation>als een probleemlijst met deze problemen nog op de stempel van de klant wacht, geef dan de volgende versie ervan uit</translation>
    </message>
    <message>
        <source>issue a new checklist even when one of these issues still waits for the customer&apos;s stamp</source>
        <translation>geef een nieuwe probleemlijst uit, ook als een van deze problemen nog op de stempel van de klant wacht</translation>
    </message>
    <message>
        <source>check a sealed PDF: intact (0), modified (3), not sealed (4), unknown key (5), unreadable (6)</source>
        <translation>een verzegelde PDF controleren: intact (0), gewijzigd (3), niet verzegeld (4), onbekende sleutel (5), onleesbaar (6)</translation>
    </message>
    <message>
        <source>also match it to this register</source>
        <translation>ook vergelijken met dit register</translation>
    </message>
    <message>
        <source>show or set your name and contact on documents</source>
        <translation>uw naam en contactgegevens op documenten tonen of instellen</translation>
    </message>
    <message>
        <source>your seal certificate and the ones you trust</source>
        <translation>uw zegelcertificaat en de certificaten die u vertrouwt</translation>
    </message>
    <message>
        <source>export your certificate for head office</source>
        <translation>uw certificaat exporteren voor het hoofdkantoor</translation>
    </message>
    <message>
        <source>trust a certificate (e.g. head office&apos;s)</source>
        <translation>een certificaat vertrouwen (bijv. dat van het hoofdkantoor)</translation>
    </message>
    <message>
        <source>your certificate and the trusted ones</source>
        <translation>uw certificaat en de vertrouwde certificaten</translation>
    </message>
    <message>
        <source>make a new seal key, e.g. when the old one can no longer be unlocked (documents sealed with the old one still verify)</source>
        <translation>een nieuwe zegelsleutel maken, bijvoorbeeld als de oude niet meer kan worden ontgrendeld (documenten die met de oude zijn verzegeld, blijven verifieerbaar)</translation>
    </message>
    <message>
        <source>%1 of %2 still waits for the customer&apos;s stamp and lists the same issues. Re-issue it as R%3 with --reissue, or issue a new checklist with --new.</source>
        <translation>%1 van %2 wacht nog op de stempel van de klant en vermeldt dezelfde problemen. Geef hem opnieuw uit als R%3 met --reissue, of geef een nieuwe probleemlijst uit met --new.</translation>
    </message>
    <message>
        <source>%1 was issued, sealed and kept in the database, but %2 could not be written: %3. Save it from the account&apos;s Checklists tab.</source>
        <translation>%1 is uitgegeven, verzegeld en in de database bewaard, maar %2 kon niet worden geschreven: %3. Sla de lijst op via het tabblad Probleemlijsten van de klant.</translation>
    </message>
    <message>
        <source>%1: %2 issue(s), sealed, written to %3 (verification code %4)</source>
        <translation>%1: %2 probleem/problemen, verzegeld, geschreven naar %3 (verificatiecode %4)</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>Geen klant heeft de code %1.</translation>
    </message>
    <message>
        <source>%1 has no issue %2.</source>
        <translation>%1 heeft geen probleem %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <source>certificate of %1 written to %2</source>
        <translation>certificaat van %1 geschreven naar %2</translation>
    </message>
    <message>
        <source>now trusting %1 (%2)</source>
        <translation>%1 (%2) wordt nu vertrouwd</translation>
    </message>
    <message>
        <source>none yet (made on first checklist)</source>
        <translation>nog geen (wordt gemaakt bij de eerste probleemlijst)</translation>
    </message>
    <message>
        <source>Your seal: %1</source>
        <translation>Uw zegel: %1</translation>
    </message>
    <message>
        <source>Trusted:   %1</source>
        <translation>Vertrouwd: %1</translation>
    </message>
    <message>
        <source>New seal key made for %1 (%2).</source>
        <translation>Nieuwe zegelsleutel gemaakt voor %1 (%2).</translation>
    </message>
    <message>
        <source>The previous certificate (SHA-256 %1…) stays trusted on this computer, so documents sealed with it still verify as intact.</source>
        <translation>Het vorige certificaat (SHA-256 %1…) blijft op deze computer vertrouwd, dus documenten die ermee zijn verzegeld, worden nog steeds als onveranderd geverifieerd.</translation>
    </message>
    <message>
        <source>Whoever checks your seals elsewhere (head office) needs the new certificate: acct-desktop seal export --out FILE.pem</source>
        <translation>Wie elders uw zegels controleert (het hoofdkantoor), heeft het nieuwe certificaat nodig: acct-desktop seal export --out FILE.pem</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>%1 (%2), valid to %3, SHA-256 %4…</source>
        <translation>%1 (%2), geldig tot %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, price policies, rebates and quotes, offline.</source>
        <translation>Klanten, contactpersonen, bezoeken, prijsbeleid, bonussen en offertes, offline.</translation>
    </message>
    <message>
        <source>database file, or postgresql://user@host/db (password from the OS keyring)</source>
        <translation>databasebestand, of postgresql://user@host/db (wachtwoord uit de sleutelring van het systeem)</translation>
    </message>
    <message>
        <source>open the demo database in your data folder (created on first use)</source>
        <translation>de demodatabase in uw gegevensmap openen (aangemaakt bij het eerste gebruik)</translation>
    </message>
    <message>
        <source>language of the GUI and of this command&apos;s messages, this time only (default: View → Language, else the system&apos;s)</source>
        <translation>taal van de GUI en van de meldingen van deze opdracht, alleen deze keer (standaard: Beeld → Taal, anders die van het systeem)</translation>
    </message>
    <message>
        <source>check this installation and exit 0 (ok) or 1; the summary also goes to REPORT_FILE</source>
        <translation>deze installatie controleren en eindigen met 0 (in orde) of 1; de samenvatting gaat ook naar REPORT_FILE</translation>
    </message>
    <message>
        <source>create a demo database</source>
        <translation>een demodatabase aanmaken</translation>
    </message>
    <message>
        <source>the date the demo&apos;s history leads up to (default: today)</source>
        <translation>de datum waar de geschiedenis van de demo naartoe loopt (standaard: vandaag)</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>een bestaand bestand overschrijven</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>geen voortgangsbalk</translation>
    </message>
    <message>
        <source>render the window and each dock to PNG files</source>
        <translation>het venster en elk paneel als PNG-bestanden weergeven</translation>
    </message>
    <message>
        <source>GUI language (default: English)</source>
        <translation>taal van de GUI (standaard: Engels)</translation>
    </message>
    <message>
        <source>schema version and row counts of a database</source>
        <translation>schemaversie en aantallen rijen van een database</translation>
    </message>
    <message>
        <source>store a server database&apos;s password in the keyring</source>
        <translation>het wachtwoord van een serverdatabase in de sleutelring opslaan</translation>
    </message>
    <message>
        <source>read the password from stdin</source>
        <translation>het wachtwoord van stdin lezen</translation>
    </message>
    <message>
        <source>import accounts, contacts, products, price policies, rebates, targets or sales figures (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>klanten, contactpersonen, producten, prijsbeleid, bonussen, doelen of verkoopcijfers importeren (CSV of .xlsx), contactpersonen (.vcf) of bezoeken (.ics)</translation>
    </message>
    <message>
        <source>which column holds a field when its header is not recognised (repeatable)</source>
        <translation>welke kolom een veld bevat als de kop niet wordt herkend (herhaalbaar)</translation>
    </message>
    <message>
        <source>kind of new accounts whose row gives none, as a cell would write it: headquarters, hoofdkantoor, 总部… (accounts only)</source>
        <translation>soort van nieuwe klanten waarvan de regel er geen geeft, zoals een cel het zou schrijven: headquarters, hoofdkantoor, 总部… (alleen klanten)</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock for every row of a file without a measure column (sales only)</source>
        <translation>sell_in, outbound, sell_out of stock voor elke rij van een bestand zonder kolom voor de meetwaarde (alleen verkopen)</translation>
    </message>
    <message>
        <source>what a word of the file&apos;s measure column means, e.g. Verkoop=sell_in, or ZF9=none to refuse its rows (repeatable; sales only)</source>
        <translation>wat een woord in de kolom meetwaarde van het bestand betekent, bijv. Verkoop=sell_in, of ZF9=none om de rijen ervan te weigeren (herhaalbaar; alleen verkoopcijfers)</translation>
    </message>
    <message>
        <source>how annual amounts become months: even or by last year&apos;s sales (targets only)</source>
        <translation>hoe jaarbedragen over maanden worden verdeeld: gelijk of volgens de verkopen van vorig jaar (alleen doelen)</translation>
    </message>
    <message>
        <source>the row of the file that holds the column names, when a title or a row of group names above it is taken for them (CSV and .xlsx)</source>
        <translation>de rij van het bestand met de kolomnamen, als een titel of een rij groepsnamen erboven daarvoor wordt aangezien (CSV en .xlsx)</translation>
    </message>
    <message>
        <source>export accounts, contacts, products, price policies or rebates (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>klanten, contactpersonen, producten, prijsbeleid of bonussen exporteren (CSV of .xlsx), contactpersonen (.vcf) of bezoeken (.ics)</translation>
    </message>
    <message>
        <source>default: from --out&apos;s suffix</source>
        <translation>standaard: volgens de extensie van --out</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after what is exported)</source>
        <translation>het bestand, of een map ervoor (genoemd naar wat wordt geëxporteerd)</translation>
    </message>
    <message>
        <source>Interrupted; nothing was left half-written.</source>
        <translation>Onderbroken; er is niets half geschreven achtergebleven.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Set it with: acct-desktop password --db %1</source>
        <translation>Stel het in met: acct-desktop password --db %1</translation>
    </message>
    <message>
        <source>error: an unexpected problem stopped the command (%1: %2). Details are in %3.</source>
        <translation>fout: een onverwacht probleem heeft de opdracht gestopt (%1: %2). Details staan in %3.</translation>
    </message>
    <message>
        <source>demo %1 (seed %2) written to %3 in %4 s: %5</source>
        <translation>demo %1 (seed %2) in %4 s naar %3 geschreven: %5</translation>
    </message>
    <message>
        <source>--size must look like 1366x768, not %1</source>
        <translation>--size moet eruitzien als 1366x768, niet %1</translation>
    </message>
    <message>
        <source>There is no terminal to type the recovery key at: run the command in a terminal, or pipe the key in with --stdin.</source>
        <translation>Er is geen terminal om de herstelsleutel in te typen: voer de opdracht uit in een terminal, of geef de sleutel door via --stdin.</translation>
    </message>
    <message>
        <source>No recovery key was typed; nothing was changed.</source>
        <translation>Er is geen herstelsleutel getypt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Standard input held no recovery key (--stdin reads its first line); nothing was changed.</source>
        <translation>De standaardinvoer bevatte geen herstelsleutel (--stdin leest de eerste regel); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>There is no terminal to type the password at: run the command in a terminal, or pipe the password in with --stdin.</source>
        <translation>Er is geen terminal om het wachtwoord in te typen: voer de opdracht uit in een terminal, of geef het wachtwoord door via --stdin.</translation>
    </message>
    <message>
        <source>No password was typed; nothing was stored.</source>
        <translation>Er is geen wachtwoord getypt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Standard input held no password (--stdin reads its first line); nothing was stored.</source>
        <translation>De standaardinvoer bevatte geen wachtwoord (--stdin leest de eerste regel); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>password for %1 stored in the system keyring</source>
        <translation>wachtwoord voor %1 opgeslagen in de sleutelring van het systeem</translation>
    </message>
    <message>
        <source>%1 did not exist: a new database was made for this import.</source>
        <translation>%1 bestond niet: voor deze import is een nieuwe database gemaakt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--map takes field=Column pairs, not &quot;%1&quot;</source>
        <translation>--map verwacht paren veld=Kolom, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation>rijen controleren</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>rijen schrijven</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, name the row that does: --header-row N. If it does, name the column of each field: --map field=Column.</source>
        <translation>Staan de kolomnamen niet op regel %1, noem dan de rij waar ze wel staan: --header-row N. Staan ze er wel, noem dan de kolom van elk veld: --map veld=Kolom.</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>1 klantnummer uit dit bestand staat nog niet in de database: importeer die klant eerst (acct-desktop import accounts BESTAND) en daarna dit bestand opnieuw.</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>%1 klantnummers uit dit bestand staan nog niet in de database: importeer die klanten eerst (acct-desktop import accounts BESTAND) en daarna dit bestand opnieuw.</translation>
    </message>
    <message>
        <source>For rows that name no measure, give one: --measure sell_in (or outbound, sell_out, stock).</source>
        <translation>Geef voor rijen zonder meetwaarde er een op: --measure sell_in (of outbound, sell_out, stock).</translation>
    </message>
    <message>
        <source>Correct a mistyped date and import the file again; if the dates are right, name the months the file holds: %1 (rows outside them are refused).</source>
        <translation>Verbeter een verkeerd getypte datum en importeer het bestand opnieuw; kloppen de datums, noem dan de maanden die het bestand bevat: %1 (rijen daarbuiten worden geweigerd).</translation>
    </message>
    <message>
        <source>Read that column as the measure: --map %1 (then import again).</source>
        <translation>Lees die kolom als de meetwaarde: --map %1 (en importeer opnieuw).</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the parent accounts&apos; codes, read it as the parent code: --map %2 (then import again).</source>
        <translation>Als „%1” de codes van de bovenliggende klanten bevat, lees die kolom dan als de bovenliggende code: --map %2 (en importeer opnieuw).</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the accounts&apos; kinds, read it as the kind: --map %2 (then import again); or give new accounts one kind: --default-kind KIND.</source>
        <translation>Als &quot;%1&quot; de soorten klant bevat, lees die als soort: --map %2 (en importeer opnieuw); of geef nieuwe klanten één soort: --default-kind SOORT.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read it as the quantity and the amount from its own column: --map %3 --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>Als &quot;%1&quot; aantallen bevat, lees die dan als aantal en het bedrag uit een eigen kolom: --map %3 --map %4. Bevat de kolom wel bedragen, importeer dan opnieuw met --amount-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read the amount from its own column: --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>Als &quot;%1&quot; aantallen bevat, lees het bedrag dan uit een eigen kolom: --map %4. Bevat de kolom wel bedragen, importeer dan opnieuw met --amount-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the amounts, read it as the amount: --map %2. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>Bevat &quot;%1&quot; de bedragen, lees die kolom dan als bedrag: --map %2. Heeft het bestand geen bedragen, importeer dan opnieuw met --no-amounts-confirmed.</translation>
    </message>
    <message>
        <source>If a column holds the amounts, read it as the amount: --map amount=COLUMN. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>Bevat een kolom de bedragen, lees die dan als bedrag: --map amount=KOLOM. Heeft het bestand geen bedragen, importeer dan opnieuw met --no-amounts-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the quantities, read it as the quantity: --map %2. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>Bevat &quot;%1&quot; de aantallen, lees die kolom dan als aantal: --map %2. Heeft het bestand geen aantallen, importeer dan opnieuw met --no-quantities-confirmed.</translation>
    </message>
    <message>
        <source>If a column holds the quantities, read it as the quantity: --map quantity=COLUMN. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>Bevat een kolom de aantallen, lees die dan als aantal: --map quantity=KOLOM. Heeft het bestand geen aantallen, importeer dan opnieuw met --no-quantities-confirmed.</translation>
    </message>
    <message>
        <source>For the file&apos;s own words, say what each means: --measure-word %1 (or outbound, sell_out, stock; repeatable), or %2 to refuse its rows.</source>
        <translation>Zeg voor de eigen woorden van het bestand wat elk betekent: --measure-word %1 (of outbound, sell_out, stock; herhaalbaar), of %2 om die rijen te weigeren.</translation>
    </message>
    <message>
        <source>vCard version (default 3.0, for Outlook)</source>
        <translation>vCard-versie (standaard 3.0, voor Outlook)</translation>
    </message>
    <message>
        <source>only this account&apos;s contacts (vcf)</source>
        <translation>alleen de contactpersonen van deze klant (vcf)</translation>
    </message>
    <message>
        <source>one .vcf per contact into the folder --out (Outlook imports one card per file)</source>
        <translation>één .vcf per contactpersoon in de map --out (Outlook importeert één kaart per bestand)</translation>
    </message>
    <message>
        <source>the account a vCard file&apos;s contacts join</source>
        <translation>de klant waarbij de contactpersonen van een vCard-bestand komen</translation>
    </message>
    <message>
        <source>a contact&apos;s personal data: a copy, or erasure</source>
        <translation>de persoonsgegevens van een contactpersoon: een kopie, of wissen</translation>
    </message>
    <message>
        <source>everything stored about a contact, as JSON</source>
        <translation>alles wat over een contactpersoon is opgeslagen, als JSON</translation>
    </message>
    <message>
        <source>the file, or a folder for it (contact-&lt;id&gt;.json)</source>
        <translation>het bestand, of een map ervoor (contact-&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>erase a contact&apos;s personal data, keeping history</source>
        <translation>de persoonsgegevens van een contactpersoon wissen, met behoud van de geschiedenis</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>waarom (bewaard in het auditspoor)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>niet om bevestiging vragen</translation>
    </message>
    <message>
        <source>vCard export is for contacts, not %1.</source>
        <translation>vCard-export is voor contactpersonen, niet voor %1.</translation>
    </message>
    <message>
        <source>--vcard-version, --account and --split are for vCard exports (--format vcf).</source>
        <translation>--vcard-version, --account en --split zijn voor vCard-exports (--format vcf).</translation>
    </message>
    <message>
        <source>vCard files hold contacts, not %1.</source>
        <translation>vCard-bestanden bevatten contactpersonen, geen %1.</translation>
    </message>
    <message>
        <source>--account is for vCard files (.vcf); a spreadsheet names its accounts.</source>
        <translation>--account is voor vCard-bestanden (.vcf); een spreadsheet noemt zijn klanten zelf.</translation>
    </message>
    <message>
        <source>A vCard file does not say which account its contacts belong to: add --account CODE.</source>
        <translation>Een vCard-bestand zegt niet bij welke klant de contactpersonen horen: voeg --account CODE toe.</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not vCard files.</source>
        <translation>--map en --default-kind zijn voor spreadsheets, niet voor vCard-bestanden.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>No contact has the name or id &quot;%1&quot;.</source>
        <translation>Geen contactpersoon heeft de naam of id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 contacts are called &quot;%2&quot;: %3. Give the id instead.</source>
        <translation>%1 contactpersonen heten &quot;%2&quot;: %3. Geef in plaats daarvan de id.</translation>
    </message>
    <message>
        <source>everything stored about %1 (%2) written to %3</source>
        <translation>alles wat over %1 (%2) is opgeslagen, geschreven naar %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id; erasure takes the id (contact export-data NAME shows it).</source>
        <translation>&quot;%1&quot; is geen contact-id; wissen gebeurt op id (contact export-data NAAM toont die).</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Er is geen contactpersoon met id %1.</translation>
    </message>
    <message>
        <source>Nothing was erased: the erasure was not confirmed (or add --yes).</source>
        <translation>Er is niets gewist: het wissen is niet bevestigd (of voeg --yes toe).</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (%2)? This cannot be undone. Type &quot;yes&quot; to go on: </source>
        <translation>De persoonsgegevens van %1 (%2) wissen? Dit kan niet ongedaan worden gemaakt. Typ &quot;yes&quot; om door te gaan: </translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 kon niet worden weggeschreven (%2).</translation>
    </message>
    <message>
        <source>Write the recovery key down or print it and keep it somewhere safe, away from this computer. Without it, the database cannot be opened if this computer&apos;s keyring is lost (a new computer, a reset Windows account). Anyone who has it and the file can read the data.</source>
        <translation>Schrijf de herstelsleutel op of druk hem af en bewaar hem op een veilige plek, niet bij deze computer. Zonder de sleutel kan de database niet worden geopend als de sleutelring van deze computer verloren gaat (een nieuwe computer, een opnieuw ingesteld Windows-account). Iedereen die de sleutel en het bestand heeft, kan de gegevens lezen.</translation>
    </message>
    <message>
        <source>encrypt a database file in place (the key goes to the system keyring)</source>
        <translation>een databasebestand ter plekke versleutelen (de sleutel gaat naar de sleutelring van het systeem)</translation>
    </message>
    <message>
        <source>turn an encrypted database back into a plain file</source>
        <translation>een versleutelde database weer een gewoon bestand maken</translation>
    </message>
    <message>
        <source>the database encryption key: recover, show-recovery</source>
        <translation>de versleutelingssleutel van de database: recover, show-recovery</translation>
    </message>
    <message>
        <source>enter a database&apos;s recovery key and keep it in the system keyring</source>
        <translation>de herstelsleutel van een database invoeren en in de sleutelring van het systeem bewaren</translation>
    </message>
    <message>
        <source>read the recovery key from stdin, not a prompt</source>
        <translation>de herstelsleutel van stdin lezen, niet via een vraag</translation>
    </message>
    <message>
        <source>show the recovery key of the databases encrypted on this computer</source>
        <translation>de herstelsleutel tonen van de databases die op deze computer zijn versleuteld</translation>
    </message>
    <message>
        <source>Only database files are encrypted by acct-desktop; a server database is protected by the server&apos;s own encryption.</source>
        <translation>acct-desktop versleutelt alleen databasebestanden; een serverdatabase wordt beschermd door de eigen versleuteling van de server.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its key is in this computer&apos;s keyring.</source>
        <translation>%1 is versleuteld. De sleutel staat in de sleutelring van deze computer.</translation>
    </message>
    <message>
        <source>It is the same recovery key as for the databases you encrypted here before.</source>
        <translation>Het is dezelfde herstelsleutel als voor de databases die u hier eerder hebt versleuteld.</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted: anyone who can read the file can read its data.</source>
        <translation>%1 is niet langer versleuteld: iedereen die het bestand kan lezen, kan de gegevens lezen.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Herstelsleutel: </translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Herstelsleutel: %1</translation>
    </message>
    <message>
        <source>the month&apos;s figures against plan, trend, execution, issues and focus (PDF)</source>
        <translation>de cijfers van de maand tegenover het plan, trend, uitvoering, problemen en focus (PDF)</translation>
    </message>
    <message>
        <source>this month or an earlier one (this month: to date)</source>
        <translation>deze maand of een eerdere (deze maand: tot vandaag)</translation>
    </message>
    <message>
        <source>this territory and those below it</source>
        <translation>deze regio en de regio&apos;s eronder</translation>
    </message>
    <message>
        <source>language of the PDF (default: the app-wide --lang, else View → Language, else the system&apos;s)</source>
        <translation>taal van de PDF (standaard: de --lang vóór de opdracht, anders Beeld → Taal, anders die van het systeem)</translation>
    </message>
    <message>
        <source>print a month without sales figures all the same (its first page says that none were imported)</source>
        <translation>een maand zonder verkoopcijfers toch afdrukken (de eerste pagina vermeldt dat er geen zijn geïmporteerd)</translation>
    </message>
    <message>
        <source>%1 Import the month first (acct-desktop import sales FILE --db DB), or pass --allow-empty to print it anyway.</source>
        <translation>%1 Importeer eerst de maand (acct-desktop import sales FILE --db DB), of geef --allow-empty mee om toch af te drukken.</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after the document)</source>
        <translation>het bestand, of een map ervoor (genoemd naar het document)</translation>
    </message>
    <message>
        <source>--header-row takes the number of the row that holds the column names, such as 3, not &quot;%1&quot;.</source>
        <translation>--header-row verwacht het nummer van de rij met de kolomnamen, zoals 3, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2: %3 has no day %4; it has %5 days.</source>
        <translation>%1 %2: %3 heeft geen dag %4; die maand heeft %5 dagen.</translation>
    </message>
    <message>
        <source>%1 must be a month like %2, not %3.</source>
        <translation>%1 moet een maand zijn zoals %2, niet %3.</translation>
    </message>
    <message>
        <source>%1 %2: there is no month %3; months are 1 to 12.</source>
        <translation>%1 %2: er is geen maand %3; maanden lopen van 1 tot 12.</translation>
    </message>
    <message>
        <source>%1 %2: there is no year 0.</source>
        <translation>%1 %2: er bestaat geen jaar 0.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>overtroffen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>Onder minimumprijs</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>Onder minimale opslag</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>Korting boven bandbreedte</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>Korting vereist goedkeuring</translation>
    </message>
    <message>
        <source>a customer&apos;s price for a product, with the policies behind it</source>
        <translation>de prijs van een product voor een klant, met het beleid erachter</translation>
    </message>
    <message>
        <source>quantity, e.g. 40</source>
        <translation>aantal, bijv. 40</translation>
    </message>
    <message>
        <source>pack (carton), L, mL, kg, g or t</source>
        <translation>pack (doos), L, mL, kg, g of t</translation>
    </message>
    <message>
        <source>price on this day (default: today)</source>
        <translation>prijs op deze dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>default: the account&apos;s currency</source>
        <translation>standaard: de valuta van de klant</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machineleesbare uitvoer</translation>
    </message>
    <message>
        <source>find overlapping, looping, never-firing or stale price policies (exit 1 if any)</source>
        <translation>overlappend, rondlopend, nooit toegepast of verouderd prijsbeleid zoeken (eindigt met 1 als er iets is)</translation>
    </message>
    <message>
        <source>check as of this day (today)</source>
        <translation>controleren per deze dag (vandaag)</translation>
    </message>
    <message>
        <source>a customer&apos;s price list (its prices, quantity breaks, validity)</source>
        <translation>de prijslijst van een klant (prijzen, staffels, geldigheid)</translation>
    </message>
    <message>
        <source>prices on this day (today)</source>
        <translation>prijzen op deze dag (vandaag)</translation>
    </message>
    <message>
        <source>%1 must be a number above 0, not %2.</source>
        <translation>%1 moet een getal boven 0 zijn, niet %2.</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code like EUR, not %1.</source>
        <translation>--currency moet een code van drie letters zijn zoals EUR, niet %1.</translation>
    </message>
    <message>
        <source>%1 %2 on %3, in %4</source>
        <translation>%1 %2 op %3, in %4</translation>
    </message>
    <message>
        <source>  price     %1 %2 per %3</source>
        <translation>  prijs     %1 %2 per %3</translation>
    </message>
    <message>
        <source>            (%1 %2 per %3 %4 pack)</source>
        <translation>            (%1 %2 per verpakking van %3 %4)</translation>
    </message>
    <message>
        <source>  total     %1 %2</source>
        <translation>  totaal    %1 %2</translation>
    </message>
    <message>
        <source>  list      %1 %2   (discount %3)</source>
        <translation>  lijst     %1 %2   (korting %3)</translation>
    </message>
    <message>
        <source>  cost      %1 %2   (markup %3)</source>
        <translation>  kostprijs %1 %2   (opslag %3)</translation>
    </message>
    <message>
        <source>  policy    %1 %2, valid until %3</source>
        <translation>  beleid    %1 %2, geldig tot %3</translation>
    </message>
    <message>
        <source>  policy    %1 %2</source>
        <translation>  beleid    %1 %2</translation>
    </message>
    <message>
        <source>  policy    none applies: the list price stands</source>
        <translation>  beleid    geen van toepassing: de lijstprijs geldt</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>Bekeken prijsbeleid:</translation>
    </message>
    <message>
        <source>  none in the register applies to this account and product</source>
        <translation>  geen enkel beleid in het register geldt voor deze klant en dit product</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Signalen:</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Signalen: geen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 kon niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>warning: %1 (marked * on the list; see acct-desktop check-register)</source>
        <translation>waarschuwing: %1 (met * gemarkeerd op de lijst; zie acct-desktop check-register)</translation>
    </message>
    <message>
        <source>price list of %1 on %2: %3 products in %4, written to %5</source>
        <translation>prijslijst van %1 op %2: %3 producten in %4, geschreven naar %5</translation>
    </message>
    <message>
        <source>the price-policy register is consistent on %1</source>
        <translation>het prijsbeleidregister is consistent op %1</translation>
    </message>
    <message>
        <source>%1 problem(s) in the price-policy register on %2:</source>
        <translation>%1 probleem/problemen in het prijsbeleidregister op %2:</translation>
    </message>
    <message>
        <source>list quotes</source>
        <translation>offertes tonen</translation>
    </message>
    <message>
        <source>quotes, newest first, with their totals</source>
        <translation>offertes, nieuwste eerst, met hun totalen</translation>
    </message>
    <message>
        <source>latest revisions in this status; replaced: the revisions a later one replaced</source>
        <translation>laatste revisies met deze status; replaced: revisies die door een latere zijn vervangen</translation>
    </message>
    <message>
        <source>only this account&apos;s quotes</source>
        <translation>alleen de offertes van deze klant</translation>
    </message>
    <message>
        <source>a quote as PDF (its latest revision, or NUMBER R2 for that one)</source>
        <translation>een offerte als PDF (de laatste revisie, of NUMMER R2 voor die revisie)</translation>
    </message>
    <message>
        <source>the order confirmation of an accepted quote as PDF</source>
        <translation>de orderbevestiging van een geaccepteerde offerte als PDF</translation>
    </message>
    <message>
        <source>Q-2026-7KX-00042 (or … R2)</source>
        <translation>Q-2026-7KX-00042 (of … R2)</translation>
    </message>
    <message>
        <source>that revision (the latest when left out)</source>
        <translation>die revisie (weggelaten: de laatste)</translation>
    </message>
    <message>
        <source>No quotes match.</source>
        <translation>Geen offertes gevonden.</translation>
    </message>
    <message>
        <source>“%1” is not a revision; write R2.</source>
        <translation>“%1” is geen revisie; schrijf R2.</translation>
    </message>
    <message>
        <source>No quote has the number “%1”.</source>
        <translation>Geen offerte heeft het nummer “%1”.</translation>
    </message>
    <message>
        <source>rebate calculations</source>
        <translation>bonusberekeningen</translation>
    </message>
    <message>
        <source>what-if: the rebate on a volume under given terms</source>
        <translation>wat-als: de bonus op een volume onder gegeven voorwaarden</translation>
    </message>
    <message>
        <source>THRESHOLD:RATE pairs, e.g. &quot;0:1,100000:2,250000:3&quot;</source>
        <translation>paren DREMPEL:PERCENTAGE, bijv. &quot;0:1,100000:2,250000:3&quot;</translation>
    </message>
    <message>
        <source>the rate for --kind fixed, e.g. 2.5</source>
        <translation>het percentage voor --kind fixed, bijv. 2.5</translation>
    </message>
    <message>
        <source>volume (amount) in the period</source>
        <translation>volume (bedrag) in de periode</translation>
    </message>
    <message>
        <source>same period last year (for --kind growth)</source>
        <translation>dezelfde periode vorig jaar (voor --kind growth)</translation>
    </message>
    <message>
        <source>%1 is too big: %2.</source>
        <translation>%1 is te groot: %2.</translation>
    </message>
    <message>
        <source>--percent must be 0 to 100, not %1.</source>
        <translation>--percent moet tussen 0 en 100 liggen, niet %1.</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code such as EUR, CNY or VND, not %1.</source>
        <translation>--currency moet een code van drie letters zijn, zoals EUR, CNY of VND, niet %1.</translation>
    </message>
    <message>
        <source>rebate: %1 %2</source>
        <translation>bonus: %1 %2</translation>
    </message>
    <message>
        <source>next tier in: %1 %2</source>
        <translation>volgende staffel over: %1 %2</translation>
    </message>
    <message>
        <source>print a rebate statement (tiers, volume to date, accrual, distance to next tier)</source>
        <translation>een bonusoverzicht afdrukken (staffels, volume tot nu toe, opbouw, afstand tot de volgende staffel)</translation>
    </message>
    <message>
        <source>one agreement, e.g. R-2026-0005</source>
        <translation>één overeenkomst, bijv. R-2026-0005</translation>
    </message>
    <message>
        <source>all active agreements of an account</source>
        <translation>alle actieve overeenkomsten van een klant</translation>
    </message>
    <message>
        <source>the statement date: sales and settlements up to it count (default: today)</source>
        <translation>de datum van het overzicht: verkopen en afrekeningen tot dan tellen mee (standaard: vandaag)</translation>
    </message>
    <message>
        <source>leave out the chart (prints faster)</source>
        <translation>de grafiek weglaten (sneller afgedrukt)</translation>
    </message>
    <message>
        <source>%1 %2: rebate statement on %3 (%4) written to %5</source>
        <translation>%1 %2: bonusoverzicht op %3 (%4) geschreven naar %5</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>sell_in</source>
        <translation>inkoop</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>uitlevering</translation>
    </message>
    <message>
        <source>sell_out</source>
        <translation>eindverkoop</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>voorraad</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>account</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>regio</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>reports printed to the terminal (sales totals)</source>
        <translation>rapporten in de terminal (verkooptotalen)</translation>
    </message>
    <message>
        <source>exact sales totals per period, account, territory, category or product</source>
        <translation>exacte verkooptotalen per periode, klant, regio, categorie of product</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock, or the word for it in your language (default sell_in)</source>
        <translation>sell_in, outbound, sell_out of stock, of het woord ervoor in uw taal (standaard sell_in)</translation>
    </message>
    <message>
        <source>first day (included)</source>
        <translation>eerste dag (inbegrepen)</translation>
    </message>
    <message>
        <source>last day (included)</source>
        <translation>laatste dag (inbegrepen)</translation>
    </message>
    <message>
        <source>this account and those below it</source>
        <translation>deze klant en de klanten eronder</translation>
    </message>
    <message>
        <source>exact figures as JSON</source>
        <translation>exacte cijfers als JSON</translation>
    </message>
    <message>
        <source>propose visits for a period, as Plan visits… does (--accept writes them)</source>
        <translation>bezoeken voor een periode voorstellen, zoals Bezoeken plannen… doet (--accept zet ze in de agenda)</translation>
    </message>
    <message>
        <source>first day (default: this week on a Monday, else next)</source>
        <translation>eerste dag (standaard: op maandag deze week, anders volgende week)</translation>
    </message>
    <message>
        <source>last day (default: the end of the first day&apos;s week)</source>
        <translation>laatste dag (standaard: het einde van de werkweek van de eerste dag)</translation>
    </message>
    <message>
        <source>whose public holidays take no new visits: NL, VN, CN… or none (default: as Plan visits… last used)</source>
        <translation>van welk land de feestdagen geen nieuwe bezoeken krijgen: NL, VN, CN… of none (standaard: zoals laatst in Bezoeken plannen…)</translation>
    </message>
    <message>
        <source>the country&apos;s region whose holidays apply too (BY…)</source>
        <translation>de regio van het land waarvan de feestdagen ook gelden (BY…)</translation>
    </message>
    <message>
        <source>more days off, e.g. 2026-12-24,2026-12-28..2026-12-31 (added to those of Plan visits…)</source>
        <translation>meer vrije dagen, bijv. 2026-12-24,2026-12-28..2026-12-31 (bovenop die van Bezoeken plannen…)</translation>
    </message>
    <message>
        <source>plan as at this moment: today&apos;s visits start after it (default: now)</source>
        <translation>plannen alsof het nu dit moment is: de bezoeken van vandaag beginnen erna (standaard: nu)</translation>
    </message>
    <message>
        <source>start each day here (home or office), e.g. 10.7769,106.7009, or first-visit (default: as Plan visits… last used)</source>
        <translation>begin elke dag hier (thuis of kantoor), bijv. 10.7769,106.7009, of first-visit (standaard: zoals laatst in Bezoeken plannen…)</translation>
    </message>
    <message>
        <source>start each day at this account</source>
        <translation>begin elke dag bij deze klant</translation>
    </message>
    <message>
        <source>end each day at its last visit, not back at the start</source>
        <translation>eindig elke dag bij het laatste bezoek, niet terug bij het vertrekpunt</translation>
    </message>
    <message>
        <source>plan only the accounts of this territory and those below it (repeatable)</source>
        <translation>alleen de klanten van dit gebied en de gebieden eronder plannen (herhaalbaar)</translation>
    </message>
    <message>
        <source>plan only this account and everything below it (repeatable)</source>
        <translation>alleen deze klant en alles eronder plannen (herhaalbaar)</translation>
    </message>
    <message>
        <source>write the proposed visits into the calendar</source>
        <translation>de voorgestelde bezoeken in de agenda zetten</translation>
    </message>
    <message>
        <source>--to must be on or after --from.</source>
        <translation>--to moet op of na --from liggen.</translation>
    </message>
    <message>
        <source>%1 new visit written.</source>
        <translation>%1 nieuw bezoek opgeslagen.</translation>
    </message>
    <message>
        <source>%1 new visits written.</source>
        <translation>%1 nieuwe bezoeken opgeslagen.</translation>
    </message>
    <message>
        <source>--region needs a country: give --country too.</source>
        <translation>--region heeft een land nodig: geef ook --country.</translation>
    </message>
    <message>
        <source>%1 must be a day and time like %2, not %3.</source>
        <translation>%1 moet een dag en tijd zijn zoals %2, niet %3.</translation>
    </message>
    <message>
        <source>%1 must be a day like %2, not %3.</source>
        <translation>%1 moet een dag zijn zoals %2, niet %3.</translation>
    </message>
    <message>
        <source>Plan %1 – %2: %3 new, %4 already booked, about %5 km.</source>
        <translation>Plan %1 – %2: %3 nieuw, %4 al geboekt, ongeveer %5 km.</translation>
    </message>
    <message>
        <source>Official working weekend days, planned as working days: %1</source>
        <translation>Officiële werkdagen in het weekend, gepland als werkdagen: %1</translation>
    </message>
    <message>
        <source>No new visits on %1 — %2</source>
        <translation>Geen nieuwe bezoeken op %1 — %2</translation>
    </message>
    <message>
        <source>Not planned: %1</source>
        <translation>Niet gepland: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle datums</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 per %2, %3</translation>
    </message>
    <message>
        <source>No %1 figures in this selection.</source>
        <translation>Geen %1-cijfers in deze selectie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>visits: first day</source>
        <translation>bezoeken: eerste dag</translation>
    </message>
    <message>
        <source>visits: last day</source>
        <translation>bezoeken: laatste dag</translation>
    </message>
    <message>
        <source>visits: time zone of the calendar (default: this computer&apos;s)</source>
        <translation>bezoeken: tijdzone van de agenda (standaard: die van deze computer)</translation>
    </message>
    <message>
        <source>visits: zone of times without one (default: this computer&apos;s)</source>
        <translation>bezoeken: tijdzone voor tijden zonder zone (standaard: die van deze computer)</translation>
    </message>
    <message>
        <source>visits: import the rest when some events name no account found here (else the file is refused)</source>
        <translation>visits: importeer de rest als sommige afspraken geen hier bekende klant noemen (anders wordt het bestand geweigerd)</translation>
    </message>
    <message>
        <source>To import the rest: --skip-unmatched.</source>
        <translation>Om de rest te importeren: --skip-unmatched.</translation>
    </message>
    <message>
        <source>Give the days to export: --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Geef de dagen om te exporteren: --from JJJJ-MM-DD --to JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--format is for spreadsheets and vCards; visits are written as .ics.</source>
        <translation>--format is voor spreadsheets en vCards; bezoeken worden als .ics geschreven.</translation>
    </message>
    <message>
        <source>--account, --vcard-version and --split are for vCard exports.</source>
        <translation>--account, --vcard-version en --split zijn voor vCard-exports.</translation>
    </message>
    <message>
        <source>%1 visits written to %2</source>
        <translation>%1 bezoeken geschreven naar %2</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not calendar files.</source>
        <translation>--map en --default-kind zijn voor spreadsheets, niet voor agendabestanden.</translation>
    </message>
    <message>
        <source>--account is for vCard files; a calendar event names its own account.</source>
        <translation>--account is voor vCard-bestanden; een agenda-item noemt zijn eigen klant.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <source>… and %1 more skipped</source>
        <translation>… en nog %1 overgeslagen</translation>
    </message>
    <message>
        <source>the route sheet of each day and a prefilled sheet per planned visit (PDF)</source>
        <translation>het routeblad van elke dag en een vooraf ingevuld blad per gepland bezoek (PDF)</translation>
    </message>
    <message>
        <source>the (first) day</source>
        <translation>de (eerste) dag</translation>
    </message>
    <message>
        <source>the last day (default: --date)</source>
        <translation>de laatste dag (standaard: --date)</translation>
    </message>
    <message>
        <source>only this account&apos;s visits</source>
        <translation>alleen de bezoeken van deze klant</translation>
    </message>
    <message>
        <source>only your visits (your name from My details) in a team&apos;s database; default: every manager&apos;s, a route each</source>
        <translation>alleen uw bezoeken (uw naam uit Mijn gegevens) in een teamdatabase; standaard: die van elke accountmanager, elk een eigen route</translation>
    </message>
    <message>
        <source>language of the route sheets (default: the app-wide --lang, else the language chosen in the app, else the system&apos;s)</source>
        <translation>taal van de routebladen (standaard: de algemene --lang, anders de in de app gekozen taal, anders die van het systeem)</translation>
    </message>
    <message>
        <source>time zone of customers in countries without a known zone (default: this computer&apos;s)</source>
        <translation>tijdzone van klanten in landen zonder bekende zone (standaard: die van deze computer)</translation>
    </message>
    <message>
        <source>--mine needs your name: run `acct-desktop manager --name … --organisation …` first.</source>
        <translation>--mine heeft uw naam nodig: voer eerst `acct-desktop manager --name … --organisation …` uit.</translation>
    </message>
    <message>
        <source>a month the file holds, e.g. 2026-10 (repeatable, or 2026-09,2026-10): rows outside the months named are refused (sales only)</source>
        <translation>een maand die het bestand bevat, bijv. 2026-10 (herhaalbaar, of 2026-09,2026-10): rijen buiten de genoemde maanden worden geweigerd (alleen verkoopcijfers)</translation>
    </message>
    <message>
        <source>whose figures the file replaces in its months: file (default: each account&apos;s measures in the file), territory (every account of its accounts&apos; territories) or all (every account); for a corrected file that moves figures between accounts (sales only)</source>
        <translation>wiens cijfers het bestand in zijn maanden vervangt: file (standaard: de meetwaarden van elke klant in het bestand), territory (elke klant in de regio&apos;s van de klanten) of all (elke klant); voor een verbeterd bestand dat cijfers tussen klanten verplaatst (alleen verkoopcijfers)</translation>
    </message>
    <message>
        <source>the column read as the amount holds amounts, though its header names a quantity or its numbers equal the quantities (sales only)</source>
        <translation>de kolom die als bedrag wordt gelezen bevat bedragen, ook al noemt de kop een aantal of zijn de getallen gelijk aan de aantallen (alleen verkoop)</translation>
    </message>
    <message>
        <source>the file has no amounts: its figures, and those it replaces, get amount 0 (refused otherwise when those hold amounts or a column not read holds numbers; sales only)</source>
        <translation>het bestand heeft geen bedragen: de cijfers ervan, en die het vervangt, krijgen bedrag 0 (anders geweigerd als die vervangen cijfers bedragen hebben of een niet gelezen kolom getallen bevat; alleen verkoop)</translation>
    </message>
    <message>
        <source>the file has no quantities: its figures, and those it replaces, get quantity 0 (refused otherwise when those hold quantities or a column not read holds numbers; sales only)</source>
        <translation>het bestand heeft geen aantallen: de cijfers ervan, en die het vervangt, krijgen aantal 0 (anders geweigerd als die vervangen cijfers aantallen hebben of een niet gelezen kolom getallen bevat; alleen verkoop)</translation>
    </message>
    <message>
        <source>--period takes a month written as 2026-10, not &quot;%1&quot;</source>
        <translation>--period verwacht een maand geschreven als 2026-10, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; has no month %2</source>
        <translation>--period: &quot;%1&quot; heeft geen maand %2</translation>
    </message>
    <message>
        <source>--measure-word takes WORD=MEASURE, such as Verkoop=sell_in, not &quot;%1&quot;</source>
        <translation>--measure-word verwacht WOORD=MEETWAARDE, zoals Verkoop=sell_in, niet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporteert aan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>%1 days after signing</source>
        <translation>%1 dagen na ondertekening</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>Richtprijs</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Minimumprijs</translation>
    </message>
    <message>
        <source>Min. markup %</source>
        <translation>Min. opslag %</translation>
    </message>
    <message>
        <source>Max discount %</source>
        <translation>Max. korting %</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffels</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Entered late</source>
        <translation>Te laat ingevoerd</translation>
    </message>
    <message>
        <source>Accrued so far</source>
        <translation>Opgebouwd tot nu</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Bereikte staffel</translation>
    </message>
    <message>
        <source>Still to buy</source>
        <translation>Nog in te kopen</translation>
    </message>
    <message>
        <source>Next tier by</source>
        <translation>Volgende staffel uiterlijk</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettototaal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Bezoekdoel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgend bezoek uiterlijk</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Openstaande problemen</translation>
    </message>
    <message>
        <source>YTD vs target</source>
        <translation>Lopend jaar vs. doel</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotie</translation>
    </message>
    <message>
        <source>Shelf %</source>
        <translation>Schapaandeel %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Revenue (12 m)</source>
        <translation>Omzet (12 mnd)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Gekochte producten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List margin %</source>
        <translation>Lijstmarge %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% van doel</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitlevering</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Eindverkoop</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Probleemlijst</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verificatiecode</translation>
    </message>
    <message>
        <source>Stamped on</source>
        <translation>Gestempeld op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omvat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Verschil %</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% uitgevoerd</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>Cyclus (dagen)</translation>
    </message>
    <message>
        <source>Cycle from</source>
        <translation>Cyclus volgens</translation>
    </message>
    <message>
        <source>Last done visit</source>
        <translation>Laatste uitgevoerde bezoek</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>Binnen cyclus</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Eerste actie</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Opgebouwd</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Nog verschuldigd</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Opnieuw gekocht</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>T.o.v. plan</translation>
    </message>
</context>
<context>
    <name>copyRows</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Tabel kopiëren</translation>
    </message>
</context>
<context>
    <name>discrepancy</name>
    <message>
        <source>Out of stock / short delivery</source>
        <translation>Niet op voorraad / onvolledige levering</translation>
    </message>
    <message>
        <source>Too much stock in the channel</source>
        <translation>Te veel voorraad in het kanaal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Competitor activity</source>
        <translation>Activiteit van concurrenten</translation>
    </message>
    <message>
        <source>Promotion (late, missed, ended)</source>
        <translation>Promotie (te laat, gemist, afgelopen)</translation>
    </message>
    <message>
        <source>Logistics / delivery</source>
        <translation>Logistiek / levering</translation>
    </message>
    <message>
        <source>Listing / range change</source>
        <translation>Listing / assortimentswijziging</translation>
    </message>
    <message>
        <source>Season or weather</source>
        <translation>Seizoen of weer</translation>
    </message>
    <message>
        <source>Data error (ERP or target)</source>
        <translation>Gegevensfout (ERP of doel)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Actie ondernomen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>%1 %2, no target</source>
        <translation>%1 %2, geen doel</translation>
    </message>
    <message>
        <source>%1 of %3 %2 planned</source>
        <translation>%1 van %3 %2 gepland</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <source>Account tree</source>
        <translation>Klantenboom</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>Contactenkaart</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>Klantproblemen</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI-dashboard</translation>
    </message>
    <message>
        <source>Plan vs actual</source>
        <translation>Plan vs. realisatie</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>Prijsbeleid en bonussen</translation>
    </message>
    <message>
        <source>Quote builder</source>
        <translation>Offertemaker</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Bezoekagenda</translation>
    </message>
</context>
<context>
    <name>globalSearch</name>
    <message>
        <source>Accounts</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Probleemlijsten</translation>
    </message>
</context>
<context>
    <name>importFields</name>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Parent account code</source>
        <translation>Nummer bovenliggende klant</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Documenttaal</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Inkoopbeleid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Messenger ID</source>
        <translation>Messenger-ID</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Rol in de beslissing</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporteert aan</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>issues</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1 (klant)</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lopend jaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Cijfers opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereik:</translation>
    </message>
    <message>
        <source>Open a database to see the KPIs.</source>
        <translation>Open een database om de KPI&apos;s te zien.</translation>
    </message>
    <message>
        <source>Current account and below</source>
        <translation>Huidige klant en onderliggende</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Regio %1</translation>
    </message>
    <message>
        <source>Choose an account in the tree, or pick Everything as the scope.</source>
        <translation>Kies een klant in de boom of kies Alles als bereik.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Cijfers lezen…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No sales imported yet — File → Import sales…</source>
        <translation>Nog geen verkoopcijfers geïmporteerd — Bestand → Verkoopcijfers importeren…</translation>
    </message>
    <message>
        <source>Click to see the rows behind the chart</source>
        <translation>Klik om de rijen achter de grafiek te zien</translation>
    </message>
    <message>
        <source>no manager</source>
        <translation>geen accountmanager</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>nog niet binnen</translation>
    </message>
    <message>
        <source>Nothing was counted for this period.</source>
        <translation>Voor deze periode is niets geteld.</translation>
    </message>
    <message>
        <source>Sell-in vs target</source>
        <translation>Inkoop vs. doel</translation>
    </message>
    <message>
        <source>Warehouses behind plan</source>
        <translation>Magazijnen achter op plan</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Uitgevoerde bezoeken</translation>
    </message>
    <message>
        <source>Accounts within their visit cycle</source>
        <translation>Klanten binnen hun bezoekcyclus</translation>
    </message>
    <message>
        <source>Issues closed on time</source>
        <translation>Problemen op tijd afgesloten</translation>
    </message>
    <message>
        <source>Quote win rate</source>
        <translation>Scoringspercentage offertes</translation>
    </message>
    <message>
        <source>Open quote pipeline</source>
        <translation>Openstaande offertes (pijplijn)</translation>
    </message>
    <message>
        <source>Rebates still owed</source>
        <translation>Nog verschuldigde bonussen</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Days to act on an issue</source>
        <translation>Dagen tot actie op een probleem</translation>
    </message>
    <message>
        <source>Days to send a quote</source>
        <translation>Dagen tot verzending offerte</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Terugkerende klanten</translation>
    </message>
    <message>
        <source>Accounts per manager</source>
        <translation>Klanten per accountmanager</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>Binnen cyclus</translation>
    </message>
    <message>
        <source>Issues on time</source>
        <translation>Problemen op tijd</translation>
    </message>
    <message>
        <source>Quotes won</source>
        <translation>Gewonnen offertes</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Terugkerend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>nothing requested in this period</source>
        <translation>niets aangevraagd in deze periode</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 answered, %2 still waiting</source>
        <translation>%1 beantwoord, %2 wachten nog</translation>
    </message>
    <message>
        <source>plan to date %1; import the ERP&apos;s sales</source>
        <translation>plan tot nu toe %1; importeer de verkoopcijfers uit het ERP</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>sell-in %1</source>
        <translation>inkoop %1</translation>
    </message>
    <message>
        <source>sell-in %1, figures to %2</source>
        <translation>inkoop %1, cijfers t/m %2</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1: nog geen cijfers</translation>
    </message>
    <message>
        <source>no outbound targets in this scope</source>
        <translation>geen uitleveringsdoelen in dit bereik</translation>
    </message>
    <message>
        <source>no outbound of this period in yet</source>
        <translation>nog geen uitlevering van deze periode binnen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>furthest behind: %1 %2 on outbound</source>
        <translation>het verst achter: %1, uitlevering %2</translation>
    </message>
    <message>
        <source>outbound on or ahead of plan</source>
        <translation>uitlevering op of voor op plan</translation>
    </message>
    <message>
        <source>accounts: %1 · managers: %2 · without a manager: %3</source>
        <translation>klanten: %1 · accountmanagers: %2 · zonder accountmanager: %3</translation>
    </message>
    <message>
        <source>%1 of %2 planned visits done</source>
        <translation>%1 van %2 geplande bezoeken afgelegd</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 van %2 klanten</translation>
    </message>
    <message>
        <source>no visits recorded yet: nothing to measure</source>
        <translation>nog geen bezoeken vastgelegd: niets te meten</translation>
    </message>
    <message>
        <source>%1 of %2 due; %3 open past deadline</source>
        <translation>%1 van %2 op tijd afgehandeld; %3 open over de uiterste datum</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>%1 gewonnen, %2 verloren</translation>
    </message>
    <message>
        <source>%1 quotes open</source>
        <translation>%1 offertes open</translation>
    </message>
    <message>
        <source>accrued %1</source>
        <translation>opgebouwd %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwoorden</translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation>geen enquêteantwoorden</translation>
    </message>
    <message>
        <source>%1 bought in the period before</source>
        <translation>%1 kochten in de periode ervoor</translation>
    </message>
    <message>
        <source>%1 of %2 bought again</source>
        <translation>%1 van %2 kochten opnieuw</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% van doel</translation>
    </message>
    <message>
        <source>No accounts to rank</source>
        <translation>Geen klanten om te rangschikken</translation>
    </message>
    <message>
        <source>No sell-in of this period in yet: nobody to rank</source>
        <translation>Nog geen inkoop van deze periode binnen: niemand te rangschikken</translation>
    </message>
    <message>
        <source>Nothing to measure in this period</source>
        <translation>Niets te meten in deze periode</translation>
    </message>
    <message>
        <source>No survey answers</source>
        <translation>Geen enquêteantwoorden</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotors (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passieven (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Criticasters (0–6)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Sell-in against target: best and worst accounts</source>
        <translation>Inkoop t.o.v. doel: beste en slechtste klanten</translation>
    </message>
    <message>
        <source>Outbound against target: warehouses, furthest behind first</source>
        <translation>Uitlevering t.o.v. doel: magazijnen, het verst achter eerst</translation>
    </message>
    <message>
        <source>Sell-in and monthly sell-in targets of the 12 months ending %2, per currency.</source>
        <translation>Inkoop en maandelijkse inkoopdoelen van de 12 maanden tot en met %2, per valuta.</translation>
    </message>
    <message>
        <source>Accounts with a sell-in target, against the sell-in of the account and everything below it, %1 – %2 (without targets: by sell-in). Best first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>Klanten met een inkoopdoel, afgezet tegen de inkoop van de klant en alles eronder, %1 – %2 (zonder doelen: op inkoop). Beste eerst. Achter op plan: meer dan %3 onder het doel; voor op plan: meer dan %4 erboven (zoals in Plan vs. realisatie).</translation>
    </message>
    <message>
        <source>Accounts with an outbound target (distribution centres, branch warehouses), against the outbound of the account and everything below it, %1 – %2. Furthest behind first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>Klanten met een uitleveringsdoel (distributiecentra, filiaalmagazijnen), afgezet tegen de uitlevering van de klant en alles eronder, %1 – %2. Het verst achter eerst. Achter op plan: meer dan %3 onder het doel; voor op plan: meer dan %4 erboven (zoals in Plan vs. realisatie).</translation>
    </message>
    <message>
        <source>Visits planned %1 – %2 (planned, done or missed; cancelled ones left out), by account.</source>
        <translation>Geplande bezoeken %1 – %2 (gepland, uitgevoerd of gemist; geannuleerde niet meegeteld), per klant.</translation>
    </message>
    <message>
        <source>Each active account&apos;s cycle (its own, else its tier&apos;s, else 28 days) and whether its last done visit lies within it on %2.</source>
        <translation>De cyclus van elke actieve klant (eigen cyclus, anders die van de klasse, anders 28 dagen) en of het laatste uitgevoerde bezoek op %2 daarbinnen valt.</translation>
    </message>
    <message>
        <source>Issues whose deadline fell %1 – %2; on time = resolved or verified by the deadline.</source>
        <translation>Problemen met een uiterste datum in %1 – %2; op tijd = opgelost of geverifieerd vóór de uiterste datum.</translation>
    </message>
    <message>
        <source>Issues raised %1 – %2 and the day they were first acted on (empty: not yet).</source>
        <translation>Problemen gemeld %1 – %2 en de dag van de eerste actie (leeg: nog niet).</translation>
    </message>
    <message>
        <source>Quotes decided %1 – %2: won = accepted or ordered; lost = rejected or expired.</source>
        <translation>Offertes beslist %1 – %2: gewonnen = geaccepteerd of besteld; verloren = afgewezen of verlopen.</translation>
    </message>
    <message>
        <source>Quotes pending approval, approved or sent, now (net of line discounts).</source>
        <translation>Offertes die nu wachten op goedkeuring, goedgekeurd of verzonden zijn (na regelkortingen).</translation>
    </message>
    <message>
        <source>Quotes requested %1 – %2 and the day they were sent (empty: not yet).</source>
        <translation>Offertes aangevraagd %1 – %2 en de dag van verzending (leeg: nog niet).</translation>
    </message>
    <message>
        <source>Active and closed rebate agreements on %2: accrued, settled and still owed.</source>
        <translation>Actieve en afgesloten bonusovereenkomsten op %2: opgebouwd, uitbetaald en nog verschuldigd.</translation>
    </message>
    <message>
        <source>Recommendation answers (0–10) at done visits %1 – %2.</source>
        <translation>Antwoorden op de aanbevelingsvraag (0–10) bij uitgevoerde bezoeken %1 – %2.</translation>
    </message>
    <message>
        <source>Accounts with sell-in in the previous period, and whether they bought again.</source>
        <translation>Klanten met inkoop in de vorige periode, en of ze opnieuw hebben gekocht.</translation>
    </message>
    <message>
        <source>Active accounts by their territory&apos;s manager.</source>
        <translation>Actieve klanten per accountmanager van hun regio.</translation>
    </message>
    <message>
        <source>Best and worst accounts</source>
        <translation>Beste en slechtste klanten</translation>
    </message>
    <message>
        <source>● on track</source>
        <translation>● op koers</translation>
    </message>
    <message>
        <source>▲ watch</source>
        <translation>▲ opletten</translation>
    </message>
    <message>
        <source>▼ behind</source>
        <translation>▼ achter</translation>
    </message>
    <message>
        <source>▼ behind plan</source>
        <translation>▼ achter op plan</translation>
    </message>
    <message>
        <source>● on plan</source>
        <translation>● op plan</translation>
    </message>
    <message>
        <source>▲ ahead of plan</source>
        <translation>▲ voor op plan</translation>
    </message>
    <message>
        <source>Click to see the rows behind it</source>
        <translation>Klik om de onderliggende rijen te zien</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Headquarters</source>
        <translation>Hoofdkantoor</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Regiokantoor</translation>
    </message>
    <message>
        <source>Distribution centre</source>
        <translation>Distributiecentrum</translation>
    </message>
    <message>
        <source>Branch warehouse</source>
        <translation>Filiaalmagazijn</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Chain store</source>
        <translation>Winkelketen</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Wagenpark</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Beslisser</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beïnvloeder</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Inkoper</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Voorstander</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Scepticus</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Tegenstander</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Beïnvloedt</translation>
    </message>
    <message>
        <source>Allied with</source>
        <translation>Bondgenoot van</translation>
    </message>
    <message>
        <source>In conflict with</source>
        <translation>In conflict met</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Kent</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicebezoek</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Fixed %</source>
        <translation>Vast %</translation>
    </message>
    <message>
        <source>Whole-volume tiers</source>
        <translation>Staffel over het hele volume</translation>
    </message>
    <message>
        <source>Banded tiers</source>
        <translation>Schijvenstaffel</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Groeibonus</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Besteld</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Vaste prijs</translation>
    </message>
    <message>
        <source>Percent discount</source>
        <translation>Procentuele korting</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Lijstprijs</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <source>Another policy</source>
        <translation>Ander prijsbeleid</translation>
    </message>
    <message>
        <source>Passenger car engine oil</source>
        <translation>Motorolie personenauto&apos;s</translation>
    </message>
    <message>
        <source>Heavy-duty diesel oil</source>
        <translation>Dieselmotorolie zwaar transport</translation>
    </message>
    <message>
        <source>Motorcycle oil</source>
        <translation>Motorfietsolie</translation>
    </message>
    <message>
        <source>Gear oil</source>
        <translation>Versnellingsbakolie</translation>
    </message>
    <message>
        <source>Automatic transmission fluid</source>
        <translation>Automatische transmissievloeistof</translation>
    </message>
    <message>
        <source>Hydraulic oil</source>
        <translation>Hydraulische olie</translation>
    </message>
    <message>
        <source>Grease</source>
        <translation>Smeervet</translation>
    </message>
    <message>
        <source>Coolant</source>
        <translation>Koelvloeistof</translation>
    </message>
    <message>
        <source>Industrial oil</source>
        <translation>Industriële olie</translation>
    </message>
    <message>
        <source>Brake fluid</source>
        <translation>Remvloeistof</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>Korting boven bandbreedte</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>Onder minimale opslag</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>Onder minimumprijs</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>Korting vereist goedkeuring</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>Rebate / cash back</source>
        <translation>Uitbetaling bonus</translation>
    </message>
    <message>
        <source>Defective products</source>
        <translation>Vervanging defecte producten</translation>
    </message>
    <message>
        <source>Packaging version</source>
        <translation>Verpakkingsversie</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Promotion expenses</source>
        <translation>Promotiekosten</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Van ons</translation>
    </message>
    <message>
        <source>Customer&apos;s</source>
        <translation>Van de klant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>Een kredietlimiet kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Payment terms are limited to %1 characters.</source>
        <translation>Betalingsvoorwaarden hebben hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it; your change was not saved. Your text is kept: Restore the account (at the top of this card) and Save again, or choose another account to leave it archived.</source>
        <translation>Iemand heeft deze klant gearchiveerd sinds u hem opende; uw wijziging is niet opgeslagen. Uw tekst is bewaard: herstel de klant (Herstellen, boven aan deze kaart) en sla opnieuw op, of kies een andere klant om hem gearchiveerd te laten.</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: reload the account (F5), check your changes over the new version and Save again.</source>
        <translation>Iemand heeft dit account gewijzigd sinds u het opende. Uw tekst is bewaard: laad het account opnieuw (F5), controleer uw wijzigingen over de nieuwe versie en sla opnieuw op.</translation>
    </message>
    <message>
        <source>A credit limit in %1 has no decimals.</source>
        <translation>Een kredietlimiet in %1 heeft geen decimalen.</translation>
    </message>
    <message>
        <source>A credit limit in %1 has at most %2 decimals.</source>
        <translation>Een kredietlimiet in %1 heeft hoogstens %2 decimalen.</translation>
    </message>
    <message>
        <source>%1 has %2 active accounts below it; archive them with it, or move them first.</source>
        <translation>Onder %1 staan nog %2 actieve klanten; archiveer ze mee, of verplaats ze eerst.</translation>
    </message>
    <message>
        <source>Every account needs a code.</source>
        <translation>Elke klant heeft een nummer nodig.</translation>
    </message>
    <message>
        <source>A code has at most 40 characters.</source>
        <translation>Een nummer heeft hoogstens 40 tekens.</translation>
    </message>
    <message>
        <source>A code cannot hold a tab or an invisible character.</source>
        <translation>Een code mag geen tab of onzichtbaar teken bevatten.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another account.</source>
        <translation>Nummer %1 is al in gebruik bij een andere klant.</translation>
    </message>
    <message>
        <source>Every account needs a name.</source>
        <translation>Elke klant heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>De breedtegraad ligt tussen -90 en 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>De lengtegraad ligt tussen -180 en 180.</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>Vul beide coördinaten in, of geen van beide.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address.</source>
        <translation>Dat lijkt geen e-mailadres.</translation>
    </message>
    <message>
        <source>The chosen parent account does not exist.</source>
        <translation>De gekozen bovenliggende klant bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first or choose another parent.</source>
        <translation>%1 is gearchiveerd; zet die eerst terug of kies een andere bovenliggende klant.</translation>
    </message>
    <message>
        <source>%1 is this account or sits below it; that would make a loop.</source>
        <translation>%1 is deze klant of valt eronder; dat zou een kring maken.</translation>
    </message>
    <message>
        <source>A %1 cannot be at the top level.</source>
        <translation>Een %1 kan niet op het hoogste niveau staan.</translation>
    </message>
    <message>
        <source>A %1 cannot sit under a %2.</source>
        <translation>Een %1 kan niet onder een %2 staan.</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it. Your text is kept: restore the account (Account → Restore, or Restore on its card) and open the form again.</source>
        <translation>Iemand heeft deze klant gearchiveerd nadat u het formulier opende. Uw tekst is bewaard: herstel de klant (Klant → Herstellen, of Herstellen op de kaart) en open het formulier opnieuw.</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Iemand heeft deze klant gewijzigd nadat u het formulier opende. Uw tekst is bewaard: sluit het formulier en open het opnieuw om hun wijziging naast de uwe te zien.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 is gearchiveerd; zet die eerst terug, daarna deze klant.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Deze contactpersoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation>Iemand kan niet aan zichzelf gekoppeld worden.</translation>
    </message>
    <message>
        <source>Link people of the same customer (or its group).</source>
        <translation>Koppel mensen van dezelfde klant (of haar groep).</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>Deze twee zijn al zo gekoppeld.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Elke contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Keep the name under 200 characters.</source>
        <translation>Houd de naam onder de 200 tekens.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@company.com).</source>
        <translation>Dat lijkt geen e-mailadres (naam@bedrijf.nl).</translation>
    </message>
    <message>
        <source>Influence is 1 (little) to 5 (decisive).</source>
        <translation>Invloed is 1 (weinig) tot 5 (doorslaggevend).</translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation>Het laatste contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>That person is no longer a contact.</source>
        <translation>Die persoon is geen contactpersoon meer.</translation>
    </message>
    <message>
        <source>Choose a manager at this customer (or its group).</source>
        <translation>Kies een leidinggevende bij deze klant (of haar groep).</translation>
    </message>
    <message>
        <source>That would make a reporting loop: %1.</source>
        <translation>Dat zou een rapportagekring maken: %1.</translation>
    </message>
    <message>
        <source>A discrepancy form is about a whole month.</source>
        <translation>Een afwijkingsformulier gaat over een hele maand.</translation>
    </message>
    <message>
        <source>Write what the figures and the visit showed.</source>
        <translation>Schrijf op wat de cijfers en het bezoek lieten zien.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Name who takes the action.</source>
        <translation>Noem wie de actie uitvoert.</translation>
    </message>
    <message>
        <source>Give the action a deadline.</source>
        <translation>Geef de actie een uiterste datum.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the month analysed.</source>
        <translation>De uiterste datum kan niet vóór de geanalyseerde maand liggen.</translation>
    </message>
    <message>
        <source>Say what action was taken before marking it taken or closed.</source>
        <translation>Zeg welke actie is ondernomen voordat je die als ondernomen of afgesloten markeert.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Die klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone changed this discrepancy form since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Iemand heeft dit afwijkingsformulier gewijzigd nadat u het opende. Uw tekst is bewaard: sluit het formulier en open het opnieuw om hun wijziging naast de uwe te zien.</translation>
    </message>
    <message>
        <source>That discrepancy form no longer exists.</source>
        <translation>Dat afwijkingsformulier bestaat niet meer.</translation>
    </message>
    <message>
        <source>Write the action, who takes it and by when before making it an issue.</source>
        <translation>Schrijf de actie, wie die uitvoert en wanneer, voordat je er een probleem van maakt.</translation>
    </message>
    <message>
        <source>Describe the problem in the customer&apos;s words.</source>
        <translation>Beschrijf het probleem in de woorden van de klant.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Een omschrijving heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Name the person responsible for resolving it.</source>
        <translation>Noem wie verantwoordelijk is voor de oplossing.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Een naam heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>Een probleem kan niet in de toekomst gemeld worden.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the day the issue was raised.</source>
        <translation>De uiterste datum kan niet vóór de dag van melding liggen.</translation>
    </message>
    <message>
        <source>Say how it was resolved before marking it resolved or verified.</source>
        <translation>Zeg hoe het is opgelost voordat je het als opgelost of geverifieerd markeert.</translation>
    </message>
    <message>
        <source>Someone changed issue %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Iemand heeft probleem %1 gewijzigd nadat u het formulier opende. Uw tekst is bewaard: sluit het formulier en open het opnieuw om hun wijziging naast de uwe te zien.</translation>
    </message>
    <message>
        <source>This issue no longer exists.</source>
        <translation>Dit probleem bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first.</source>
        <translation>%1 is gearchiveerd; herstel die eerst.</translation>
    </message>
    <message>
        <source>That visit does not belong to this account.</source>
        <translation>Dat bezoek hoort niet bij deze klant.</translation>
    </message>
    <message>
        <source>An issue raised at a visit cannot be dated before the visit (%1).</source>
        <translation>Een probleem dat bij een bezoek is gemeld, kan niet vóór dat bezoek (%1) gedateerd zijn.</translation>
    </message>
    <message>
        <source>Another quote took this number at the same moment and the retries ran out; try again. If it keeps happening, two laptops share the device code — change yours under Tools → My details.</source>
        <translation>Een andere offerte kreeg op hetzelfde moment dit nummer en de nieuwe pogingen zijn op; probeer het opnieuw. Blijft dit gebeuren, dan delen twee laptops dezelfde apparaatcode — wijzig de uwe via Extra → Mijn gegevens.</translation>
    </message>
    <message>
        <source>Line %1: no product has the SKU “%2”.</source>
        <translation>Regel %1: geen product heeft SKU ‘%2’.</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>De eenheid is pack, L of kg.</translation>
    </message>
    <message>
        <source>pack, L or kg</source>
        <translation>pack, L of kg</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Geef een naam.</translation>
    </message>
    <message>
        <source>The quote has no lines to keep.</source>
        <translation>De offerte heeft geen regels om te bewaren.</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>Dit sjabloon bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only a draft can be discarded.</source>
        <translation>Alleen een concept kan worden weggegooid.</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>Deze offerte bestaat niet meer.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Deze regel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; edit that revision instead.</source>
        <translation>Revisie R%1 vervangt deze; bewerk die revisie.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Er is niets toe te voegen.</translation>
    </message>
    <message>
        <source>“%1” is not a unit; use pack, L or kg.</source>
        <translation>‘%1’ is geen eenheid; gebruik pack, L of kg.</translation>
    </message>
    <message>
        <source>A quote holds at most %1 lines.</source>
        <translation>Een offerte heeft hoogstens %1 regels.</translation>
    </message>
    <message>
        <source>This quote has been sent; revise it (Quote → Revise) to change anything.</source>
        <translation>Deze offerte is verzonden; herzie haar (Offerte → Herzien) om iets te wijzigen.</translation>
    </message>
    <message>
        <source>This quote became an order and is locked.</source>
        <translation>Deze offerte is een order geworden en is vergrendeld.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be changed; revise it.</source>
        <translation>Een offerte met de status ‘%1’ kan niet worden gewijzigd; herzie haar.</translation>
    </message>
    <message>
        <source>Enter the date the quote is valid until.</source>
        <translation>Vul de datum in tot wanneer de offerte geldig is.</translation>
    </message>
    <message>
        <source>A quote cannot expire before the day it is made.</source>
        <translation>Een offerte kan niet verlopen vóór de dag waarop ze is gemaakt.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <source>The delivery date is before the quote&apos;s date.</source>
        <translation>De leverdatum ligt vóór de offertedatum.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>De hoeveelheid moet een getal zijn.</translation>
    </message>
    <message>
        <source>A line holds at most %1; split larger orders.</source>
        <translation>Een regel bevat hoogstens %1; verdeel grotere bestellingen over meer regels.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>De hoeveelheid moet groter zijn dan 0.</translation>
    </message>
    <message>
        <source>The quantity is kept with three decimals: at least %1.</source>
        <translation>De hoeveelheid wordt met drie decimalen bewaard: minstens %1.</translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation>Prijzen en kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and %2, not %1.</source>
        <translation>De korting moet tussen 0 en %2 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The quote discount must be between 0 and %2, not %1.</source>
        <translation>De offertekorting moet tussen 0 en %2 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and %2, not %1.</source>
        <translation>Het btw-tarief moet tussen 0 en %2 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The quote discount must be a number.</source>
        <translation>De offertekorting moet een getal zijn.</translation>
    </message>
    <message>
        <source>The tax rate must be a number.</source>
        <translation>Het btw-tarief moet een getal zijn.</translation>
    </message>
    <message>
        <source>price %1 is below cost %2</source>
        <translation>prijs %1 ligt onder de kostprijs %2</translation>
    </message>
    <message>
        <source>The discount must be a number.</source>
        <translation>De korting moet een getal zijn.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, CNY or VND.</source>
        <translation>Een valuta is een code van drie letters, zoals EUR, CNY of VND.</translation>
    </message>
    <message>
        <source>Choose a contact of this account or of its head office.</source>
        <translation>Kies een contactpersoon van deze klant of van het hoofdkantoor.</translation>
    </message>
    <message>
        <source>Keep the terms under 200 characters (put more in the notes).</source>
        <translation>Houd de voorwaarden onder de 200 tekens (zet de rest in de notities).</translation>
    </message>
    <message>
        <source>The recommendation score is a whole number from 0 to 10 (or leave it empty).</source>
        <translation>De aanbevelingsscore is een heel getal van 0 tot 10 (of laat het leeg).</translation>
    </message>
    <message>
        <source>Name the competitor (brand or company).</source>
        <translation>Noem de concurrent (merk of bedrijf).</translation>
    </message>
    <message>
        <source>A price is a number of 0 or more.</source>
        <translation>Een prijs is een getal van 0 of meer.</translation>
    </message>
    <message>
        <source>A shelf share is a whole number from 0 to 100.</source>
        <translation>Een schapaandeel is een geheel getal van 0 tot en met 100.</translation>
    </message>
    <message>
        <source>A visit in the future cannot be completed yet.</source>
        <translation>Een bezoek in de toekomst kan nog niet worden afgerond.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit before completing it.</source>
        <translation>Schrijf een korte samenvatting van het bezoek voordat je het afrondt.</translation>
    </message>
    <message>
        <source>The next visit must be after this one.</source>
        <translation>Het volgende bezoek moet na dit bezoek liggen.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is done.</source>
        <translation>Alleen een gepland bezoek kan worden verplaatst; dit bezoek is uitgevoerd.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is cancelled.</source>
        <translation>Alleen een gepland bezoek kan worden verplaatst; dit bezoek is geannuleerd.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is missed.</source>
        <translation>Alleen een gepland bezoek kan worden verplaatst; dit bezoek is gemist.</translation>
    </message>
    <message>
        <source>A visit lasts at least 15 minutes.</source>
        <translation>Een bezoek duurt minstens 15 minuten.</translation>
    </message>
    <message>
        <source>A visit lasts at most 12 hours; plan two visits instead.</source>
        <translation>Een bezoek duurt hoogstens 12 uur; plan in plaats daarvan twee bezoeken.</translation>
    </message>
    <message>
        <source>A visit in the future cannot be done yet.</source>
        <translation>Een bezoek in de toekomst kan nog niet als uitgevoerd worden gemarkeerd.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Dit bezoek bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>regel %1, kolom &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>lines %1 and %2 more, column &quot;%3&quot;: %4</source>
        <translation>regels %1 en nog %2, kolom &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>lines %1, column &quot;%2&quot;: %3</source>
        <translation>regels %1, kolom &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>lines %1 and %2 more: %3</source>
        <translation>regels %1 en nog %2: %3</translation>
    </message>
    <message>
        <source>lines %1: %2</source>
        <translation>regels %1: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 day %2 h</source>
        <translation>%1 dag %2 u</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 dagen %2 u</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the code %1 is already used on line %2</source>
        <translation>het nummer %1 staat al op regel %2</translation>
    </message>
    <message>
        <source>a new account needs a kind; use one of: %1</source>
        <translation>een nieuwe klant heeft een soort nodig; gebruik een van: %1</translation>
    </message>
    <message>
        <source>an account cannot be its own parent</source>
        <translation>een klant kan niet zijn eigen bovenliggende klant zijn</translation>
    </message>
    <message>
        <source>there is no account %1 in the file or the database</source>
        <translation>er is geen klant %1 in het bestand of de database</translation>
    </message>
    <message>
        <source>this makes a loop: %1</source>
        <translation>dit maakt een kringloop: %1</translation>
    </message>
    <message>
        <source>as a %1 it could no longer hold %2 under it</source>
        <translation>als %1 kan deze %2 er niet meer onder hebben</translation>
    </message>
    <message>
        <source>no column is read as the kind (columns not read: %1); map the column that holds the accounts&apos; kinds to the kind, or choose a kind for new accounts whose row gives none</source>
        <translation>geen kolom wordt gelezen als soort (niet gelezen kolommen: %1); koppel de kolom met de soorten klant aan de soort, of kies een soort voor nieuwe klanten waarvan de rij er geen geeft</translation>
    </message>
    <message>
        <source>no column is read as the parent code (columns not read: %1); map the column that holds the parent accounts&apos; codes to the parent code</source>
        <translation>geen kolom wordt als het nummer van de bovenliggende klant gelezen (niet gelezen kolommen: %1); koppel de kolom met de nummers van de bovenliggende klanten aan het nummer bovenliggende klant</translation>
    </message>
    <message>
        <source>a %1 needs a parent account: a %2</source>
        <translation>een %1 heeft een bovenliggende klant nodig: een %2</translation>
    </message>
    <message>
        <source>a %1 sits at the top and cannot be under %2</source>
        <translation>een %1 staat bovenaan en kan niet onder %2 staan</translation>
    </message>
    <message>
        <source>a %1 cannot sit under %2, a %3; its parent must be a %4</source>
        <translation>een %1 kan niet onder %2 (een %3) staan; de bovenliggende klant moet een %4 zijn</translation>
    </message>
    <message>
        <source>%1 have no field &quot;%2&quot;; the fields are: %3</source>
        <translation>%1 hebben geen veld &quot;%2&quot;; de velden zijn: %3</translation>
    </message>
    <message>
        <source>the file has no column named &quot;%1&quot; (for %2)</source>
        <translation>het bestand heeft geen kolom met de naam &quot;%1&quot; (voor %2)</translation>
    </message>
    <message>
        <source>the file has more than one column named &quot;%1&quot; (for %2)</source>
        <translation>het bestand heeft meer dan één kolom met de naam &quot;%1&quot; (voor %2)</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; look like %3; map one of them explicitly</source>
        <translation>zowel &quot;%1&quot; als &quot;%2&quot; lijken op %3; koppel er één uitdrukkelijk</translation>
    </message>
    <message>
        <source>the file has no column for %1, which is required</source>
        <translation>het bestand heeft geen kolom voor %1, en die is verplicht</translation>
    </message>
    <message>
        <source>choose the column that holds %1: it is required</source>
        <translation>kies de kolom met %1: die is verplicht</translation>
    </message>
    <message>
        <source>code</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>klasse</translation>
    </message>
    <message>
        <source>parent code</source>
        <translation>nummer bovenliggende klant</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>district</source>
        <translation>stadsdeel</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>landcode</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>kredietlimiet</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>document language</source>
        <translation>documenttaal</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategie</translation>
    </message>
    <message>
        <source>purchasing policy</source>
        <translation>inkoopbeleid</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>account code</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <source>messenger id</source>
        <translation>Messenger-ID</translation>
    </message>
    <message>
        <source>dmu role</source>
        <translation>rol in de beslissing</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>houding</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>invloed</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>rapporteert aan</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>meetwaarde</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>verpakkingsgrootte</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>lijstprijs</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostprijs</translation>
    </message>
    <message>
        <source>no rows to import: the file has nothing below its column names</source>
        <translation>geen rijen om te importeren: het bestand heeft niets onder de kolomnamen</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is verplicht</translation>
    </message>
    <message>
        <source>Someone changed some of these records while the import ran; nothing was written. Import the file again.</source>
        <translation>Iemand heeft enkele van deze gegevens gewijzigd tijdens het importeren; er is niets opgeslagen. Importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 is niet geïmporteerd: %2 probleem gevonden. Er is niets opgeslagen; verbeter het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 is niet geïmporteerd: %2 problemen gevonden. Er is niets opgeslagen; verbeter het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 was not imported: the database changed while it was being imported (%2). Nothing was written; import it again.</source>
        <translation>%1 is niet geïmporteerd: de database is tijdens het importeren gewijzigd (%2). Er is niets opgeslagen; importeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 was not imported: the database refused the changes (%2). Nothing was written.</source>
        <translation>%1 is niet geïmporteerd: de database weigerde de wijzigingen (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 gewijzigd.</translation>
    </message>
    <message>
        <source>Empty cells left %1 as stored (edit a record to clear one).</source>
        <translation>Lege cellen lieten %1 zoals opgeslagen (bewerk een record om er een te wissen).</translation>
    </message>
    <message>
        <source>New territories: %1 and %2 more.</source>
        <translation>Nieuwe regio&apos;s: %1 en nog %2.</translation>
    </message>
    <message>
        <source>New territories: %1.</source>
        <translation>Nieuwe regio&apos;s: %1.</translation>
    </message>
    <message>
        <source>%1 without a channel was set to %2.</source>
        <translation>%1 zonder kanaal kreeg %2.</translation>
    </message>
    <message>
        <source>%1 without a channel were set to %2.</source>
        <translation>%1 zonder kanaal kregen %2.</translation>
    </message>
    <message>
        <source>%1 without a tier was set to tier %2.</source>
        <translation>%1 zonder klasse kreeg klasse %2.</translation>
    </message>
    <message>
        <source>%1 without a tier were set to tier %2.</source>
        <translation>%1 zonder klasse kregen klasse %2.</translation>
    </message>
    <message>
        <source>%1 without a currency was set to %2.</source>
        <translation>%1 zonder valuta kreeg %2.</translation>
    </message>
    <message>
        <source>%1 without a currency were set to %2.</source>
        <translation>%1 zonder valuta kregen %2.</translation>
    </message>
    <message>
        <source>%1 read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 gelezen: %2 aangemaakt, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 klant</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 klanten</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 contactpersoon</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactpersonen</translation>
    </message>
    <message>
        <source>%1 product</source>
        <translation>%1 product</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 producten</translation>
    </message>
    <message>
        <source>%1 price policy</source>
        <translation>%1 prijsregel</translation>
    </message>
    <message>
        <source>%1 price policies</source>
        <translation>%1 prijsregels</translation>
    </message>
    <message>
        <source>%1 rebate agreement</source>
        <translation>%1 bonusovereenkomst</translation>
    </message>
    <message>
        <source>%1 rebate agreements</source>
        <translation>%1 bonusovereenkomsten</translation>
    </message>
    <message>
        <source>%1 sales fact</source>
        <translation>%1 verkoopcijfer</translation>
    </message>
    <message>
        <source>%1 sales facts</source>
        <translation>%1 verkoopcijfers</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Niet geïmporteerde kolommen: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>&quot;%1&quot; is geen datum; schrijf het als 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar</source>
        <translation>&quot;%1&quot; is geen datum die in de kalender bestaat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; is geen ja of nee</translation>
    </message>
    <message>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 staat ook op regel %3</translation>
    </message>
    <message>
        <source>New: %1 and %2 more.</source>
        <translation>Nieuw: %1 en nog %2.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Nieuw: %1.</translation>
    </message>
    <message>
        <source>Entered late (after the late-entry days): %1.</source>
        <translation>Te laat ingevoerd (na de termijn voor late invoer): %1.</translation>
    </message>
    <message>
        <source>They are drafts: submit them for approval before they count.</source>
        <translation>Het zijn concepten: dien ze in ter goedkeuring voordat ze meetellen.</translation>
    </message>
    <message>
        <source>Some accounts or products of this file were deleted while it was being imported; nothing was written. Import it again.</source>
        <translation>Enkele klanten of producten uit dit bestand zijn tijdens het importeren verwijderd; er is niets opgeslagen. Importeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use the territory code</source>
        <translation>%1 regio&apos;s heten &quot;%2&quot;; gebruik de regiocode</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1…&quot;; a new territory needs a code of at most %2 characters</source>
        <translation>er is geen regio &quot;%1…&quot;; een nieuwe regio heeft een code van hoogstens %2 tekens nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a code: it holds a line break, a tab or another character nobody could type to find it</source>
        <translation>&quot;%1&quot; kan geen code zijn: er staat een regeleinde, een tab of een ander teken in dat niemand kan intypen om hem te vinden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column takes; write it as %2</source>
        <translation>&quot;%1&quot; is geen getal dat deze kolom aanneemt; schrijf het als %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a currency sign; write the number alone (the currency comes from the currency column, else the account&apos;s)</source>
        <translation>&quot;%1&quot; bevat een valutateken; schrijf alleen het getal (de valuta komt uit de kolom valuta, anders van de klant)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this import understands; write it as 1234.56</source>
        <translation>&quot;%1&quot; is geen getal dat deze import begrijpt; schrijf het als 1234.56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is te groot</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>&quot;%1&quot; heeft meer dan %2 decimalen</translation>
    </message>
    <message>
        <source>%1 is not a latitude; it must be between -%2 and %2</source>
        <translation>%1 is geen breedtegraad; die moet tussen -%2 en %2 liggen</translation>
    </message>
    <message>
        <source>%1 is not a longitude; it must be between -%2 and %2</source>
        <translation>%1 is geen lengtegraad; die moet tussen -%2 en %2 liggen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; moet een geheel getal van %2 tot %3 zijn</translation>
    </message>
    <message>
        <source>the tag &quot;%1…&quot; is longer than 60 characters</source>
        <translation>het label &quot;%1…&quot; is langer dan 60 tekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as CN, VN or NL</source>
        <translation>&quot;%1&quot; is geen landcode van twee letters zoals CN, VN of NL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as EUR</source>
        <translation>&quot;%1&quot; is geen valutacode van drie letters zoals EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id written by an export</source>
        <translation>&quot;%1&quot; is geen id uit een export</translation>
    </message>
    <message>
        <source>the value is %1 characters long; at most %2 fit</source>
        <translation>de waarde is %1 tekens lang; er passen er hoogstens %2 in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies, %2 and %3; write the amount in one of them</source>
        <translation>&quot;%1&quot; noemt twee valuta&apos;s, %2 en %3; schrijf het bedrag in één ervan</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s account is in %2; amounts are not converted: write the amount in %2, or give the row its own currency in a currency column</source>
        <translation>het bedrag staat in %1, maar de klant van de rij rekent in %2; bedragen worden niet omgerekend: schrijf het bedrag in %2, of geef de rij haar eigen valuta in een valutakolom</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s currency column says %2; amounts are not converted</source>
        <translation>het bedrag staat in %1, maar de valutakolom van de rij zegt %2; bedragen worden niet omgerekend</translation>
    </message>
    <message>
        <source>there is no account %1 in the database</source>
        <translation>er is geen klant %1 in de database</translation>
    </message>
    <message>
        <source>%1 accounts are called &quot;%2&quot;; write the account&apos;s code</source>
        <translation>%1 klanten heten &quot;%2&quot;; schrijf de klantcode</translation>
    </message>
    <message>
        <source>there is no account with the code or name %1</source>
        <translation>er is geen klant met de code of naam %1</translation>
    </message>
    <message>
        <source>this makes a reporting loop: %1</source>
        <translation>dit maakt een rapportagekringloop: %1</translation>
    </message>
    <message>
        <source>this id is already used on line %1</source>
        <translation>deze id staat al op regel %1</translation>
    </message>
    <message>
        <source>line %1 already describes this contact (%2)</source>
        <translation>regel %1 beschrijft dit contact al (%2)</translation>
    </message>
    <message>
        <source>%1 contacts of %2 match this row; add the id column of an export to say which one it is</source>
        <translation>%1 contactpersonen van %2 passen bij deze regel; voeg de id-kolom van een export toe om te zeggen welke het is</translation>
    </message>
    <message>
        <source>another line of the file already updates this contact</source>
        <translation>een andere regel van het bestand werkt dit contact al bij</translation>
    </message>
    <message>
        <source>line %1 already updates this contact</source>
        <translation>regel %1 werkt dit contact al bij</translation>
    </message>
    <message>
        <source>%1 has no contact &quot;%2&quot; (in the file or the database)</source>
        <translation>%1 heeft geen contactpersoon &quot;%2&quot; (in het bestand of de database)</translation>
    </message>
    <message>
        <source>%1 has %2 contacts called &quot;%3&quot;; use an e-mail or id</source>
        <translation>%1 heeft %2 contactpersonen die &quot;%3&quot; heten; gebruik een e-mailadres of id</translation>
    </message>
    <message>
        <source>a contact cannot report to themselves</source>
        <translation>een contactpersoon kan niet aan zichzelf rapporteren</translation>
    </message>
    <message>
        <source>a pack size must be more than 0</source>
        <translation>de verpakkingsgrootte moet groter zijn dan 0</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>een bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <source>%1 is required for a new product</source>
        <translation>%1 is verplicht voor een nieuw product</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4, covering %5 to %6.</source>
        <translation>%1 gelezen: %2 opgeslagen, %3 vervangen, voor %4, van %5 tot en met %6.</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4.</source>
        <translation>%1 gelezen: %2 opgeslagen, %3 vervangen, voor %4.</translation>
    </message>
    <message>
        <source>%1 of them were monthly figures, replaced by the file&apos;s daily figures of their month, which start on %2.</source>
        <translation>Daarvan waren %1 maandcijfers, vervangen door de dagcijfers van het bestand voor hun maand, die beginnen op %2.</translation>
    </message>
    <message>
        <source>Figures replaced by month: %1.</source>
        <translation>Vervangen cijfers per maand: %1.</translation>
    </message>
    <message>
        <source>The database as it was before this import is kept as a backup (%1).</source>
        <translation>De database zoals die vóór deze import was, is bewaard als back-up (%1).</translation>
    </message>
    <message>
        <source>the file has both a date column (&quot;%1&quot;) and a period column (&quot;%2&quot;); leave one of them out</source>
        <translation>het bestand heeft zowel een datumkolom (&quot;%1&quot;) als een periodekolom (&quot;%2&quot;); laat er één weg</translation>
    </message>
    <message>
        <source>the file has no column for date or period</source>
        <translation>het bestand heeft geen kolom voor datum of periode</translation>
    </message>
    <message>
        <source>the file has no column for quantity or amount</source>
        <translation>het bestand heeft geen kolom voor aantal of bedrag</translation>
    </message>
    <message>
        <source>account code is required</source>
        <translation>klantnummer is verplicht</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds product SKUs (%2), but no column is read as the SKU; map that column to the SKU (or leave the SKU out with sku=)</source>
        <translation>de kolom &quot;%1&quot; bevat product-SKU&apos;s (%2), maar geen kolom wordt als de SKU gelezen; koppel die kolom aan de SKU (of laat de SKU weg met sku=)</translation>
    </message>
    <message>
        <source>there is no product with SKU %1 in the database</source>
        <translation>er is geen product met SKU %1 in de database</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was set aside as not a measure for this import</source>
        <translation>&quot;%1&quot; is voor deze import als geen meetwaarde aangemerkt</translation>
    </message>
    <message>
        <source>a quantity or an amount is required</source>
        <translation>een aantal of een bedrag is verplicht</translation>
    </message>
    <message>
        <source>stock cannot be negative: it is a count of what is on hand (a return is sell-in or sell-out with a negative quantity and amount)</source>
        <translation>voorraad kan niet negatief zijn: het is een telling van wat er aanwezig is (een retour is inkoop of eindverkoop met een negatief aantal en bedrag)</translation>
    </message>
    <message>
        <source>the quantity and the amount have opposite signs; a return has both negative</source>
        <translation>het aantal en het bedrag hebben tegengestelde tekens; bij een retour zijn beide negatief</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its day first, but the other dates of this file have their month first; write every date one way (2026-03-31 is never misread)</source>
        <translation>&quot;%1&quot; heeft de dag vooraan, maar de andere datums in dit bestand hebben de maand vooraan; schrijf alle datums op één manier (2026-03-31 wordt nooit verkeerd gelezen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its month first, but the other dates of this file have their day first; write every date one way (2026-03-31 is never misread)</source>
        <translation>&quot;%1&quot; heeft de maand vooraan, maar de andere datums in dit bestand hebben de dag vooraan; schrijf alle datums op één manier (2026-03-31 wordt nooit verkeerd gelezen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a month, but the other cells of this column are days; put monthly figures in a file of their own (or in a &quot;period&quot; column)</source>
        <translation>&quot;%1&quot; is een maand, maar de andere cellen van deze kolom zijn dagen; zet maandcijfers in een eigen bestand (of in een kolom &quot;period&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as 2026-03 (a period is a whole month: use a date column for single days)</source>
        <translation>&quot;%1&quot; is geen maand; schrijf het als 2026-03 (een periode is een hele maand: gebruik een datumkolom voor losse dagen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month in the calendar</source>
        <translation>&quot;%1&quot; is geen maand die in de kalender bestaat</translation>
    </message>
    <message>
        <source>%1 territories are named &quot;%2&quot;; give its code</source>
        <translation>%1 regio&apos;s heten &quot;%2&quot;; geef de code</translation>
    </message>
    <message>
        <source>there is no territory with code or name &quot;%1&quot;</source>
        <translation>er is geen regio met code of naam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no account with code %1</source>
        <translation>er is geen klant met nummer %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>er is geen product met SKU %1</translation>
    </message>
    <message>
        <source>currency is required (or give a product SKU)</source>
        <translation>valuta is verplicht (of geef een product-SKU)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not list, cost or the code of a price policy in the file or the register</source>
        <translation>&quot;%1&quot; is geen list, cost of de code van een prijsbeleid in het bestand of het register</translation>
    </message>
    <message>
        <source>policy %1 cannot be based on %2: their prices would go round in a loop (%3); base it on the list price, the cost or another policy</source>
        <translation>prijsbeleid %1 kan niet op %2 gebaseerd zijn: hun prijzen zouden in een kringloop gaan (%3); baseer het op de lijstprijs, de kostprijs of een ander prijsbeleid</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another code, or with none for a new one</source>
        <translation>%1 was een concept dat is verwijderd; importeer de regel onder een andere code, of zonder code voor een nieuw</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new code</source>
        <translation>%1 is %2 en kan niet door een import worden gewijzigd (%3 verschillen); beëindig het en importeer een nieuwe code</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; is not threshold:rate (e.g. 100000:2)</source>
        <translation>staffel %1 &quot;%2&quot; is geen drempel:percentage (bijv. 100000:2)</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot;: %3</source>
        <translation>staffel %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; needs both a threshold and a rate</source>
        <translation>staffel %1 &quot;%2&quot; heeft zowel een drempel als een percentage nodig</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another number, or with none for a new one</source>
        <translation>%1 was een concept dat is verwijderd; importeer de regel onder een ander nummer, of zonder nummer voor een nieuwe</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new number</source>
        <translation>%1 is %2 en kan niet door een import worden gewijzigd (%3 verschillen); beëindig de overeenkomst en importeer een nieuw nummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; weights are zero or more</source>
        <translation>&quot;%1&quot; is negatief; gewichten zijn nul of meer</translation>
    </message>
    <message>
        <source>give 12 month weights or 4 quarter weights separated by ; (found %1)</source>
        <translation>geef 12 maandgewichten of 4 kwartaalgewichten gescheiden door ; (gevonden: %1)</translation>
    </message>
    <message>
        <source>at least one weight must be above zero</source>
        <translation>minstens één gewicht moet boven nul liggen</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged, %5 removed (not in the file for its year). Each year is held as the year, its quarters and its months.</source>
        <translation>%1 doelregels gelezen: %2 aangemaakt, %3 vervangen, %4 ongewijzigd, %5 verwijderd (niet meer in het bestand voor dat jaar). Elk jaar wordt bewaard als jaar, kwartalen en maanden.</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged. Each year is held as the year, its quarters and its months.</source>
        <translation>%1 doelregels gelezen: %2 aangemaakt, %3 vervangen, %4 ongewijzigd. Elk jaar wordt bewaard als jaar, kwartalen en maanden.</translation>
    </message>
    <message>
        <source>line %1 already gives this target</source>
        <translation>regel %1 geeft dit doel al</translation>
    </message>
    <message>
        <source>give either an account code or a territory</source>
        <translation>geef een klantnummer of een regio (niet allebei)</translation>
    </message>
    <message>
        <source>there is no account with code &quot;%1&quot;</source>
        <translation>er is geen klant met nummer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1&quot;</source>
        <translation>er is geen regio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use its code</source>
        <translation>%1 regio&apos;s heten &quot;%2&quot;; gebruik de code</translation>
    </message>
    <message>
        <source>its targets are in %1, not %2; leave it empty</source>
        <translation>de doelen zijn in %1, niet in %2; laat het leeg</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>een doel kan niet negatief zijn</translation>
    </message>
    <message>
        <source>%1 amounts have %2 decimals</source>
        <translation>%1-bedragen hebben %2 decimalen</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>%1-bedragen hebben geen decimalen</translation>
    </message>
    <message>
        <source>breaking down by weights needs a weights column</source>
        <translation>verdelen volgens gewichten vereist een kolom met gewichten</translation>
    </message>
    <message>
        <source>the quarters do not match the months (%1)</source>
        <translation>de kwartalen komen niet overeen met de maanden (%1)</translation>
    </message>
    <message>
        <source>give the year&apos;s amount, its 4 quarters or its 12 months</source>
        <translation>geef het jaarbedrag, de 4 kwartalen of de 12 maanden</translation>
    </message>
    <message>
        <source>the amount is %1 but the months add up to %2</source>
        <translation>het bedrag is %1 maar de maanden tellen op tot %2</translation>
    </message>
    <message>
        <source>give all %1 months or none (write 0 for a month without target); missing: %2</source>
        <translation>geef alle %1 maanden of geen (schrijf 0 voor een maand zonder doel); ontbreekt: %2</translation>
    </message>
    <message>
        <source>give all %1 quarters or none (write 0 for a quarter without target); missing: %2</source>
        <translation>geef alle %1 kwartalen of geen (schrijf 0 voor een kwartaal zonder doel); ontbreekt: %2</translation>
    </message>
    <message>
        <source>a quantity cannot be negative</source>
        <translation>een aantal kan niet negatief zijn</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Vul een getal in.</translation>
    </message>
    <message>
        <source>“%1” is not a number here: %2 separates the decimals.</source>
        <translation>‘%1’ is hier geen getal: %2 scheidt de decimalen.</translation>
    </message>
    <message>
        <source>“%1” is not a number here; use %2.</source>
        <translation>‘%1’ is hier geen getal; gebruik %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>‘%1’ is geen getal.</translation>
    </message>
    <message>
        <source>“%1”: an amount in %2 has no decimals; type the whole amount.</source>
        <translation>“%1”: een bedrag in %2 heeft geen decimalen; typ het hele bedrag.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways; write %2 for the whole number or %3 for the decimals.</source>
        <translation>“%1” kan op twee manieren gelezen worden; schrijf %2 voor het hele getal of %3 voor de decimalen.</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>lus</translation>
    </message>
    <message>
        <source>never prices</source>
        <translation>prijst nooit</translation>
    </message>
    <message>
        <source>expired base</source>
        <translation>verlopen basis</translation>
    </message>
    <message>
        <source>missing base</source>
        <translation>ontbrekende basis</translation>
    </message>
    <message>
        <source>more for more</source>
        <translation>meer voor meer</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>on every day</source>
        <translation>op elke dag</translation>
    </message>
    <message>
        <source>price %1 &lt; floor %2</source>
        <translation>prijs %1 &lt; minimumprijs %2</translation>
    </message>
    <message>
        <source>markup %1 &lt; minimum %2</source>
        <translation>opslag %1 &lt; minimum %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; band %2</source>
        <translation>korting %1 op lijstprijs &gt; bandbreedte %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; approval threshold %2</source>
        <translation>korting %1 op lijstprijs &gt; goedkeuringsdrempel %2</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0.</source>
        <translation>‘%1’ is geen hoeveelheid boven 0.</translation>
    </message>
    <message>
        <source>Line %1: “%2” needs a SKU and a quantity.</source>
        <translation>Regel %1: ‘%2’ heeft een SKU en een hoeveelheid nodig.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns: paste only the SKU, the quantity and (optionally) the unit — no prices or descriptions.</source>
        <translation>Regel %1 heeft %2 kolommen: plak alleen de SKU, de hoeveelheid en (eventueel) de eenheid — geen prijzen of omschrijvingen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a unit (pack, L or kg).</source>
        <translation>Regel %1: ‘%2’ is geen eenheid (pack, L of kg).</translation>
    </message>
    <message>
        <source>Nothing to add: paste one SKU and quantity per line.</source>
        <translation>Niets toe te voegen: plak één SKU en hoeveelheid per regel.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be submitted for approval.</source>
        <translation>Een offerte met de status ‘%1’ kan niet ter goedkeuring worden ingediend.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be approved.</source>
        <translation>Een offerte met de status ‘%1’ kan niet worden goedgekeurd.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be declined.</source>
        <translation>Een offerte met de status ‘%1’ kan niet worden afgewezen.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as sent.</source>
        <translation>Een offerte met de status ‘%1’ kan niet als verzonden worden gemarkeerd.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as accepted.</source>
        <translation>Een offerte met de status ‘%1’ kan niet als geaccepteerd worden gemarkeerd.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as rejected.</source>
        <translation>Een offerte met de status ‘%1’ kan niet als afgewezen worden gemarkeerd.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be expired.</source>
        <translation>Een offerte met de status ‘%1’ kan niet verlopen.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be confirmed as an order.</source>
        <translation>Een offerte met de status ‘%1’ kan niet als order worden bevestigd.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be revised.</source>
        <translation>Een offerte met de status ‘%1’ kan niet worden herzien.</translation>
    </message>
    <message>
        <source>Say why it is approved; the reason is recorded.</source>
        <translation>Zeg waarom het is goedgekeurd; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Say why it is declined; the reason is recorded.</source>
        <translation>Zeg waarom het is afgewezen; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Say why it is marked as rejected; the reason is recorded.</source>
        <translation>Zeg waarom het als afgewezen is gemarkeerd; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>pending approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>besteld</translation>
    </message>
    <message>
        <source>replaced by R%1</source>
        <translation>vervangen door R%1</translation>
    </message>
    <message>
        <source>Revise it to make changes.</source>
        <translation>Herzie haar om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Nothing on this quote needs approval; it can be sent as it is.</source>
        <translation>Niets op deze offerte vereist goedkeuring; ze kan zo worden verzonden.</translation>
    </message>
    <message>
        <source>Add at least one line first.</source>
        <translation>Voeg eerst minstens één regel toe.</translation>
    </message>
    <message>
        <source>Lines of this quote are outside the price policy; record an approval before sending it (Quote → Submit for approval).</source>
        <translation>Regels van deze offerte vallen buiten het prijsbeleid; leg een goedkeuring vast voordat u ze verzendt (Offerte → Indienen ter goedkeuring).</translation>
    </message>
    <message>
        <source>The validity date has passed; move it forward before sending.</source>
        <translation>De geldigheidsdatum is verstreken; zet die later voordat u verzendt.</translation>
    </message>
    <message>
        <source>%1 row written to %2.</source>
        <translation>%1 rij weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rijen weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 contact written as vCard %2 to %3.</source>
        <translation>%1 contactpersoon als vCard %2 weggeschreven naar %3.</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3.</source>
        <translation>%1 contactpersonen als vCard %2 weggeschreven naar %3.</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3 files.</source>
        <translation>%1 contactpersonen als vCard %2 weggeschreven naar %3 bestanden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made (%2).</source>
        <translation>De map %1 kan niet worden gemaakt (%2).</translation>
    </message>
    <message>
        <source>vCard %1 cannot be written; choose 3.0 or 4.0.</source>
        <translation>vCard %1 kan niet worden geschreven; kies 3.0 of 4.0.</translation>
    </message>
    <message>
        <source>There is no account %1 in the database.</source>
        <translation>Er is geen klant %1 in de database.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 kon niet worden weggeschreven (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format; use csv or xlsx.</source>
        <translation>&quot;%1&quot; is geen exportformaat; gebruik csv of xlsx.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to export to.</source>
        <translation>%1 is een map; geef een bestandsnaam op om naar te exporteren.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>No account has the id %1.</source>
        <translation>Geen klant heeft het id %1.</translation>
    </message>
    <message>
        <source>No product has the id %1.</source>
        <translation>Geen product heeft het id %1.</translation>
    </message>
    <message>
        <source>%1 is sold in packs of %2; it cannot be priced per %3.</source>
        <translation>%1 wordt verkocht per verpakking van %2; het kan niet per %3 worden geprijsd.</translation>
    </message>
    <message>
        <source>Unknown unit %1: use pack, L, mL, kg, g or t.</source>
        <translation>Onbekende eenheid %1: gebruik pack, L, mL, kg, g of t.</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 is valid on %3; enter one before pricing in %2.</source>
        <translation>Er geldt op %3 geen wisselkoers van %1 naar %2; voer er een in voordat u in %2 prijst.</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>Geen klant heeft de code %1.</translation>
    </message>
    <message>
        <source>draft, not active</source>
        <translation>concept, niet actief</translation>
    </message>
    <message>
        <source>pending approval, not active</source>
        <translation>wacht op goedkeuring, niet actief</translation>
    </message>
    <message>
        <source>fired: the list price stands, with this policy&apos;s guard rails</source>
        <translation>toegepast: de lijstprijs blijft staan, met de prijsgrenzen van dit beleid</translation>
    </message>
    <message>
        <source>The quantity must be more than 0, not %1.</source>
        <translation>De hoeveelheid moet groter zijn dan 0, niet %1.</translation>
    </message>
    <message>
        <source>The register has a loop of base policies: %1.</source>
        <translation>Het register bevat een kringloop van basisbeleid: %1.</translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation>Geen product heeft SKU %1.</translation>
    </message>
    <message>
        <source>%1 never fires: %2</source>
        <translation>%1 wordt nooit toegepast: %2</translation>
    </message>
    <message>
        <source>Quotes and order confirmations are not printed without their seller: your name and company are not set. Fill them in under Tools → My details, or run `acct-desktop manager --name … --organisation …`.</source>
        <translation>Offertes en orderbevestigingen worden niet afgedrukt zonder verkoper: uw naam en bedrijf zijn niet ingesteld. Vul ze in onder Extra → Mijn gegevens, of voer `acct-desktop manager --name … --organisation …` uit.</translation>
    </message>
    <message>
        <source>%1 has no order confirmation yet.</source>
        <translation>%1 heeft nog geen orderbevestiging.</translation>
    </message>
    <message>
        <source>Say who approved it; the approver&apos;s name is recorded.</source>
        <translation>Zeg wie de offerte heeft goedgekeurd; de naam van de goedkeurder wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Say who declined it; the name is recorded.</source>
        <translation>Zeg wie de offerte heeft afgewezen; de naam wordt vastgelegd.</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>De leverdatum ligt vóór de vroegste levering van sommige regels: kies een latere datum of vink aan dat de klant een deellevering aanvaardt.</translation>
    </message>
    <message>
        <source>Another order took this number at the same moment; try again.</source>
        <translation>Een andere order kreeg op hetzelfde moment dit nummer; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; work on that revision.</source>
        <translation>Revisie R%1 vervangt deze; werk met die revisie verder.</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation>Een offerte is 1 tot 365 dagen geldig.</translation>
    </message>
    <message>
        <source>The tax rate for %1 must be between 0 and %2.</source>
        <translation>Het btw-tarief voor %1 moet tussen 0 en %2 liggen.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image of at most 512 KB.</source>
        <translation>Het logo moet een PNG-afbeelding van hoogstens 512 KB zijn.</translation>
    </message>
    <message>
        <source>No account has the code “%1”.</source>
        <translation>Geen klant heeft de code ‘%1’.</translation>
    </message>
    <message>
        <source>%1 is a server database; backing it up and restoring it is the server&apos;s job (pg_dump / pg_restore by its administrator), not acct-desktop&apos;s.</source>
        <translation>%1 is een serverdatabase; back-ups maken en terugzetten is de taak van de server (pg_dump / pg_restore door de beheerder), niet van acct-desktop.</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>Een database in het geheugen heeft geen bestand om een back-up van te maken.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself (%1).</source>
        <translation>De back-up kan niet over de database zelf heen worden geschreven (%1).</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Er is geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>It cannot be restored.</source>
        <translation>Het kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>%1 holds no acct-desktop data; it cannot be restored.</source>
        <translation>%1 bevat geen acct-desktop-gegevens; het kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of acct-desktop (schema %2; this version knows up to %3); install the newer version to restore it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van acct-desktop (schema %2; deze versie kent tot en met %3); installeer de nieuwere versie om het terug te zetten.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 is de database zelf; kies een back-upbestand.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Er is niets teruggezet: %1</translation>
    </message>
    <message>
        <source>%1 is still open (in this or another program); close it and try again. Nothing was restored.</source>
        <translation>%1 is nog geopend (in dit of een ander programma); sluit het en probeer het opnieuw. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file (or a password-protected workbook); save it as .xlsx or CSV (UTF-8) and import that.</source>
        <translation>%1 is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap; sla het op als .xlsx of CSV (UTF-8) en importeer dat.</translation>
    </message>
    <message>
        <source>%1 is not a valid .xlsx workbook; it may be damaged.</source>
        <translation>%1 is geen geldige .xlsx-werkmap; het bestand is mogelijk beschadigd.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file nor an .xlsx workbook (it may be a picture, a PDF or another program&apos;s file). Export the figures as CSV (UTF-8) or .xlsx and import that.</source>
        <translation>%1 is geen tekstbestand (CSV) en geen .xlsx-werkmap (het is misschien een afbeelding, een pdf of een bestand van een ander programma). Exporteer de cijfers als CSV (UTF-8) of .xlsx en importeer dat.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 heeft geen kopregel.</translation>
    </message>
    <message>
        <source>%1 starts with a %2 byte-order mark but is not valid %3 text at byte %4; it may be damaged.</source>
        <translation>%1 begint met een %2-bytevolgordemarkering, maar is bij byte %4 geen geldige %3-tekst; het bestand is mogelijk beschadigd.</translation>
    </message>
    <message>
        <source>this line holds a NUL byte; the file may be damaged</source>
        <translation>deze regel bevat een NUL-byte; het bestand is mogelijk beschadigd</translation>
    </message>
    <message>
        <source>%1 cannot be read from line %2: %3.</source>
        <translation>%1 kan vanaf regel %2 niet worden gelezen: %3.</translation>
    </message>
    <message>
        <source>a quoted value seems never to end (a quote mark is missing or extra)</source>
        <translation>een waarde tussen aanhalingstekens lijkt nooit te eindigen (er ontbreekt een aanhalingsteken of er staat er een te veel)</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value (a closing quote mark is missing)</source>
        <translation>het bestand eindigt midden in een waarde tussen aanhalingstekens (het sluitende aanhalingsteken ontbreekt)</translation>
    </message>
    <message>
        <source>a quoted value is followed by more text; a quote mark inside a value must be written twice (&quot;&quot;)</source>
        <translation>na een waarde tussen aanhalingstekens volgt nog tekst; een aanhalingsteken binnen een waarde moet dubbel geschreven worden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>Row %2 of %1 is empty or past its end; choose the row that holds the column names.</source>
        <translation>Rij %2 van %1 is leeg of ligt voorbij het einde; kies de rij met de kolomnamen.</translation>
    </message>
    <message>
        <source>%1 is not a workbook acct-desktop can read: it may be damaged, or another kind of file. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 is geen werkmap die acct-desktop kan lezen: het is misschien beschadigd, of een ander soort bestand. Sla het in Excel opnieuw op als .xlsx of als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is a damaged workbook and cannot be read. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 is een beschadigde werkmap en kan niet worden gelezen. Sla het in Excel opnieuw op als .xlsx of als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 waarde</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 waarden</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 kolom</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 kolommen</translation>
    </message>
    <message>
        <source>this row has %1 but the header (line %3) has %2; if another line holds the column names, choose it as the header row</source>
        <translation>deze rij heeft %1, maar de kopregel (regel %3) heeft %2; staan de kolomnamen op een andere regel, kies die dan als kopregel</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2 (a separator inside an unquoted value?)</source>
        <translation>deze rij heeft %1, maar de kopregel heeft %2 (een scheidingsteken in een waarde zonder aanhalingstekens?)</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2</source>
        <translation>deze rij heeft %1, maar de kopregel heeft %2</translation>
    </message>
    <message>
        <source>%1 is empty: its sheet has no rows.</source>
        <translation>%1 is leeg: het werkblad heeft geen rijen.</translation>
    </message>
    <message>
        <source>%1 was not imported: line %2, column &quot;%3&quot; holds a formula whose result was never saved (%4 such cells; a file written by a program, not by Excel). Open it in Excel and save it, or save it as CSV, then import it again.</source>
        <translation>%1 is niet geïmporteerd: regel %2, kolom &quot;%3&quot; bevat een formule waarvan de uitkomst nooit is opgeslagen (%4 zulke cellen; een bestand dat een programma schreef, niet Excel). Open het in Excel en sla het op, of sla het op als CSV, en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>There was not enough free memory to read %1. Close other programs and attach it again.</source>
        <translation>Er was niet genoeg vrij geheugen om %1 te lezen. Sluit andere programma&apos;s en voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPG or PNG file.</source>
        <translation>%1 is geen PDF-, JPG- of PNG-bestand.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 is groter dan %2 MB; scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to check.</source>
        <translation>Het auditlogboek is leeg; er is niets te controleren.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, the last is event %2 with hash %3.</source>
        <translation>Het auditlogboek is intact: %1 gebeurtenissen gecontroleerd, de laatste is gebeurtenis %2 met hash %3.</translation>
    </message>
    <message>
        <source>%1 appears twice: a copy was added to the trail.</source>
        <translation>%1 komt twee keer voor: er is een kopie aan het logboek toegevoegd.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written.</source>
        <translation>%1 is gewijzigd nadat het was vastgelegd.</translation>
    </message>
    <message>
        <source>%1 was written as event %2: events were deleted, inserted or put in another order after they were written.</source>
        <translation>%1 is vastgelegd als gebeurtenis %2: na het vastleggen zijn gebeurtenissen verwijderd, ingevoegd of van volgorde veranderd.</translation>
    </message>
    <message>
        <source>event %1 is missing: it was deleted from before %2.</source>
        <translation>gebeurtenis %1 ontbreekt: die is verwijderd van vóór %2.</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing: they were deleted from before %3.</source>
        <translation>gebeurtenissen %1 tot en met %2 ontbreken: ze zijn verwijderd van vóór %3.</translation>
    </message>
    <message>
        <source>%1 follows event %2 when written, not event %3: events were put in another order after they were written.</source>
        <translation>%1 volgde bij het vastleggen op gebeurtenis %2, niet op gebeurtenis %3: na het vastleggen is de volgorde van gebeurtenissen veranderd.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its hash was recomputed, and event %2 was chained to what it held before.</source>
        <translation>%1 is gewijzigd nadat het was vastgelegd: de hash is opnieuw berekend, en gebeurtenis %2 was gekoppeld aan wat er eerst in stond.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its old value no longer matches the digest taken when it was written.</source>
        <translation>%1 is gewijzigd nadat het was vastgelegd: de oude waarde komt niet meer overeen met de controlewaarde van toen.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its new value no longer matches the digest taken when it was written.</source>
        <translation>%1 is gewijzigd nadat het was vastgelegd: de nieuwe waarde komt niet meer overeen met de controlewaarde van toen.</translation>
    </message>
    <message>
        <source>%1 was erased, yet holds a value again.</source>
        <translation>%1 is gewist, maar bevat toch weer een waarde.</translation>
    </message>
    <message>
        <source>quote %1 R%2</source>
        <translation>offerte %1 R%2</translation>
    </message>
    <message>
        <source>price policy %1</source>
        <translation>prijsbeleid %1</translation>
    </message>
    <message>
        <source>rebate agreement %1</source>
        <translation>bonusovereenkomst %1</translation>
    </message>
    <message>
        <source>checklist %1 R%2</source>
        <translation>probleemlijst %1 R%2</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>probleem %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>klant %1</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>gebeurtenis %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2, %3 by %4</source>
        <translation>%1 %2, %3 door %4</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 door %3</translation>
    </message>
    <message>
        <source>acct-desktop keeps the database key only in the system keyring. On Windows, make sure you are signed in to your own account (Credential Manager); on Linux, install and unlock a Secret Service keyring (GNOME Keyring or KDE Wallet). The key was not written anywhere else.</source>
        <translation>acct-desktop bewaart de databasesleutel alleen in de sleutelring van het systeem. Zorg er op Windows voor dat u bent aangemeld met uw eigen account (Referentiebeheer); installeer en ontgrendel op Linux een Secret Service-sleutelring (GNOME Keyring of KDE Wallet). De sleutel is nergens anders opgeslagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a recovery key: it has only the letters A-Z and the digits 2-7.</source>
        <translation>&quot;%1&quot; kan niet in een herstelsleutel voorkomen: die bestaat alleen uit de letters A-Z en de cijfers 2-7.</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters (14 groups of 4); the one entered has %2.</source>
        <translation>Een herstelsleutel heeft %1 tekens (14 groepen van 4); de ingevoerde sleutel heeft er %2.</translation>
    </message>
    <message>
        <source>This recovery key does not check out: a character is mistyped. Compare it group by group with the one you stored.</source>
        <translation>Deze herstelsleutel klopt niet: er is een teken verkeerd getypt. Vergelijk hem groep voor groep met de sleutel die u hebt bewaard.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). %2</source>
        <translation>De sleutelring van het systeem kon niet worden gelezen (%1). %2</translation>
    </message>
    <message>
        <source>The system keyring could not store the key (%1). %2</source>
        <translation>De sleutelring van het systeem kon de sleutel niet opslaan (%1). %2</translation>
    </message>
    <message>
        <source>The system keyring did not keep the database key. %1</source>
        <translation>De sleutelring van het systeem heeft de databasesleutel niet bewaard. %1</translation>
    </message>
    <message>
        <source>No database has been encrypted on this computer yet.</source>
        <translation>Op deze computer is nog geen database versleuteld.</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 is al versleuteld.</translation>
    </message>
    <message>
        <source>%1 does not exist or is empty.</source>
        <translation>%1 bestaat niet of is leeg.</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 is niet versleuteld.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; it needs no recovery key.</source>
        <translation>%1 is niet versleuteld; er is geen herstelsleutel nodig.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another database or computer. Nothing was stored.</source>
        <translation>Deze herstelsleutel opent %1 niet: hij hoort bij een andere database of computer. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The key of %1 is already in this computer&apos;s keyring.</source>
        <translation>De sleutel van %1 staat al in de sleutelring van deze computer.</translation>
    </message>
    <message>
        <source>The key of %1 is now in this computer&apos;s keyring; databases you encrypt here will use it too.</source>
        <translation>De sleutel van %1 staat nu in de sleutelring van deze computer; databases die u hier versleutelt, gebruiken hem ook.</translation>
    </message>
    <message>
        <source>The key of %1 (key %2) is now in this computer&apos;s keyring.</source>
        <translation>De sleutel van %1 (sleutel %2) staat nu in de sleutelring van deze computer.</translation>
    </message>
    <message>
        <source>Give the policy a name the team will recognise.</source>
        <translation>Geef het prijsbeleid een naam die het team herkent.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY, VND or EUR.</source>
        <translation>Een valuta is een code van drie letters, zoals CNY, VND of EUR.</translation>
    </message>
    <message>
        <source>The policy cannot end before it starts.</source>
        <translation>Het prijsbeleid kan niet eindigen voordat het begint.</translation>
    </message>
    <message>
        <source>Choose a product or a category, not both.</source>
        <translation>Kies een product of een categorie, niet allebei.</translation>
    </message>
    <message>
        <source>Choose the account this policy is for.</source>
        <translation>Kies de klant waarvoor dit prijsbeleid geldt.</translation>
    </message>
    <message>
        <source>Choose the channel this policy is for.</source>
        <translation>Kies het kanaal waarvoor dit prijsbeleid geldt.</translation>
    </message>
    <message>
        <source>Choose the territory this policy is for.</source>
        <translation>Kies de regio waarvoor dit prijsbeleid geldt.</translation>
    </message>
    <message>
        <source>A minimum quantity cannot be negative.</source>
        <translation>Een minimumhoeveelheid kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>Een percentage ligt tussen 0 en 100.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Round to a positive step, or leave it empty.</source>
        <translation>Rond af op een stap groter dan 0, of laat het leeg.</translation>
    </message>
    <message>
        <source>A fixed-price policy needs its price.</source>
        <translation>Een beleid met vaste prijs heeft een prijs nodig.</translation>
    </message>
    <message>
        <source>Give the discount in percent.</source>
        <translation>Geef de korting in procenten.</translation>
    </message>
    <message>
        <source>Say what the price starts from: list price, cost or a policy.</source>
        <translation>Geef aan waar de prijs van uitgaat: lijstprijs, kostprijs of een ander prijsbeleid.</translation>
    </message>
    <message>
        <source>Choose the policy whose price this one starts from.</source>
        <translation>Kies het prijsbeleid waarvan de prijs van dit beleid uitgaat.</translation>
    </message>
    <message>
        <source>The maximum margin is below the minimum margin.</source>
        <translation>De maximale marge ligt onder de minimale marge.</translation>
    </message>
    <message>
        <source>The guide price is below the floor price.</source>
        <translation>De richtprijs ligt onder de minimumprijs.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited. Terminate it and enter a new policy (Copy as new).</source>
        <translation>%1 is %2 en kan niet meer worden bewerkt. Beëindig het en voer een nieuw prijsbeleid in (Kopiëren als nieuw).</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 starts from its price. Change that first.</source>
        <translation>%1 kan niet worden verwijderd: %2 gaat uit van de prijs ervan. Wijzig dat eerst.</translation>
    </message>
    <message>
        <source>%1&apos;s validity has already ended.</source>
        <translation>De geldigheid van %1 is al verstreken.</translation>
    </message>
    <message>
        <source>This policy no longer exists.</source>
        <translation>Dit prijsbeleid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone changed %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Iemand heeft %1 gewijzigd nadat u het formulier opende. Uw tekst is bewaard: sluit het formulier en open het opnieuw om hun wijziging naast de uwe te zien.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another policy.</source>
        <translation>Nummer %1 wordt al door een ander prijsbeleid gebruikt.</translation>
    </message>
    <message>
        <source>The chosen account no longer exists.</source>
        <translation>De gekozen klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>The chosen territory no longer exists.</source>
        <translation>De gekozen regio bestaat niet meer.</translation>
    </message>
    <message>
        <source>The chosen product no longer exists.</source>
        <translation>Het gekozen product bestaat niet meer.</translation>
    </message>
    <message>
        <source>The chosen base policy no longer exists.</source>
        <translation>Het gekozen basisbeleid bestaat niet meer.</translation>
    </message>
    <message>
        <source>That would make policies start from each other in a loop: %1.</source>
        <translation>Dan zouden prijsbeleiden in een kringloop van elkaar uitgaan: %1.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>De periode kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>Only signed agreements are entered: give the signing date.</source>
        <translation>Alleen ondertekende overeenkomsten worden ingevoerd: geef de datum van ondertekening.</translation>
    </message>
    <message>
        <source>An agreement cannot be signed in the future.</source>
        <translation>Een overeenkomst kan niet in de toekomst worden ondertekend.</translation>
    </message>
    <message>
        <source>It cannot be entered before it was signed.</source>
        <translation>Het kan niet worden ingevoerd voordat het is ondertekend.</translation>
    </message>
    <message>
        <source>It cannot be entered in the future.</source>
        <translation>Het kan niet in de toekomst worden ingevoerd.</translation>
    </message>
    <message>
        <source>Give the rebate rate, more than 0 and at most %1.</source>
        <translation>Geef het bonuspercentage, groter dan 0 en hoogstens %1.</translation>
    </message>
    <message>
        <source>A tier&apos;s rate lies between 0 and %1.</source>
        <translation>Het percentage van een staffel ligt tussen 0 en %1.</translation>
    </message>
    <message>
        <source>Give at least one tier (threshold and rate).</source>
        <translation>Geef minstens één staffel (drempel en percentage).</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>Een basisbedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Tier thresholds cannot be negative.</source>
        <translation>Staffeldrempels kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Two tiers start at the same threshold.</source>
        <translation>Twee staffels beginnen bij dezelfde drempel.</translation>
    </message>
    <message>
        <source>Give a number of days between 0 and 365.</source>
        <translation>Geef een aantal dagen tussen 0 en 365.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited; terminate it and enter the new agreement.</source>
        <translation>%1 is %2 en kan niet meer worden bewerkt; beëindig de overeenkomst en voer de nieuwe in.</translation>
    </message>
    <message>
        <source>This rebate agreement no longer exists.</source>
        <translation>Deze bonusovereenkomst bestaat niet meer.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another agreement.</source>
        <translation>Nummer %1 wordt al door een andere overeenkomst gebruikt.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). Unlock or configure it, or use a server that does not need a password.</source>
        <translation>De sleutelring van het systeem kon niet worden gelezen (%1). Ontgrendel of configureer hem, of gebruik een server die geen wachtwoord nodig heeft.</translation>
    </message>
    <message>
        <source>Database files have no password; only server URLs do.</source>
        <translation>Databasebestanden hebben geen wachtwoord; alleen server-URL&apos;s hebben dat.</translation>
    </message>
    <message>
        <source>The password could not be saved: the system keyring refused (%1). It has not been stored anywhere else.</source>
        <translation>Het wachtwoord kon niet worden opgeslagen: de sleutelring van het systeem weigerde (%1). Het is nergens anders opgeslagen.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Only a %1 record can be submitted for approval; this one is %2.</source>
        <translation>Alleen een record met de status ‘%1’ kan ter goedkeuring worden ingediend; dit record is ‘%2’.</translation>
    </message>
    <message>
        <source>Only a %1 record can be approved; this one is %2.</source>
        <translation>Alleen een record met de status ‘%1’ kan worden goedgekeurd; dit record is ‘%2’.</translation>
    </message>
    <message>
        <source>Only a %1 record can be rejected; this one is %2.</source>
        <translation>Alleen een record met de status ‘%1’ kan worden afgewezen; dit record is ‘%2’.</translation>
    </message>
    <message>
        <source>Only an %1 record can be terminated; this one is %2.</source>
        <translation>Alleen een record met de status ‘%1’ kan worden beëindigd; dit record is ‘%2’.</translation>
    </message>
    <message>
        <source>Only an %1 record can be expired; this one is %2.</source>
        <translation>Alleen een record met de status ‘%1’ kan verlopen; dit record is ‘%2’.</translation>
    </message>
    <message>
        <source>Say why it is rejected; the reason is recorded.</source>
        <translation>Zeg waarom het is afgewezen; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Say why it is terminated; the reason is recorded.</source>
        <translation>Zeg waarom het is beëindigd; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on itself.</source>
        <translation>Prijsbeleid %1 kan niet van zichzelf uitgaan.</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on %2: %2 already depends on %1, so their prices would go round in a loop (%3). Choose another base policy, or base it on the list price or the cost.</source>
        <translation>Prijsbeleid %1 kan niet van %2 uitgaan: %2 hangt al af van %1, zodat hun prijzen in een kringloop zouden raken (%3). Kies een ander basisbeleid, of laat het uitgaan van de lijstprijs of de kostprijs.</translation>
    </message>
    <message>
        <source>There is no rebate agreement numbered %1.</source>
        <translation>Er is geen bonusovereenkomst met nummer %1.</translation>
    </message>
    <message>
        <source>The agreement has no terms.</source>
        <translation>De overeenkomst heeft geen voorwaarden.</translation>
    </message>
    <message>
        <source>There is no rebate agreement with id %1.</source>
        <translation>Er is geen bonusovereenkomst met id %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Kan %1 niet openen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file acct-desktop can read (%2).</source>
        <translation>%1 is geen databasebestand dat acct-desktop kan lezen (%2).</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an acct-desktop database; choose another file or create a new database.</source>
        <translation>%1 bevat andere gegevens en is geen acct-desktop-database; kies een ander bestand of maak een nieuwe database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of acct-desktop (schema %2); this version knows up to %3. Install the newer version to open it. Nothing in it has been changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van acct-desktop (schema %2); deze versie kent tot en met %3. Installeer de nieuwere versie om het te openen. Er is niets in gewijzigd.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2, but backing it up first failed (%3). Nothing in it has been changed.</source>
        <translation>%1 moet worden bijgewerkt vanaf schema %2, maar de back-up vooraf is mislukt (%3). Er is niets in gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is encrypted and this computer&apos;s keyring has no key for it. Enter its recovery key: %2</source>
        <translation>%1 is versleuteld en de sleutelring van deze computer heeft er geen sleutel voor. Voer de herstelsleutel in: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened with the keys in this computer&apos;s keyring: it was encrypted on another computer or with another key, or it is not an acct-desktop database. If you have its recovery key, enter it: %2. Nothing in the file has been changed.</source>
        <translation>%1 kan niet worden geopend met de sleutels in de sleutelring van deze computer: het is versleuteld op een andere computer of met een andere sleutel, of het is geen acct-desktop-database. Als u de herstelsleutel hebt, voer die dan in: %2. Er is niets in het bestand gewijzigd.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2.</source>
        <translation>%1 heeft de integriteitscontrole niet doorstaan: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied over it.</source>
        <translation>%1 bestaat al; er is niets overheen gekopieerd.</translation>
    </message>
    <message>
        <source>Copying %1 failed (%2); it was left as it was.</source>
        <translation>Kopiëren van %1 is mislukt (%2); het is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>The copy of %1 does not hold the same rows (tables %2); it was discarded and the original left as it was.</source>
        <translation>De kopie van %1 bevat niet dezelfde rijen (tabellen %2); de kopie is weggegooid en het origineel is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>%1 is open in acct-desktop or another program; close it there and try again. Nothing has been changed.</source>
        <translation>%1 is geopend in acct-desktop of een ander programma; sluit het daar en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 is leeg: het bevat geen database.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 is beschadigd: het kan niet als database worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is damaged or of another kind), or it is encrypted with a key this computer&apos;s keyring does not have.</source>
        <translation>%1 is geen databasebestand (het is beschadigd of van een ander soort), of het is versleuteld met een sleutel die niet in de sleutelring van deze computer staat.</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 bestaat niet, dus er is niets om een back-up van te maken.</translation>
    </message>
    <message>
        <source>Cannot open %1 to back it up (%2).</source>
        <translation>Kan %1 niet openen om er een back-up van te maken (%2).</translation>
    </message>
    <message>
        <source>Backing up %1 failed (%2).</source>
        <translation>Back-up maken van %1 is mislukt (%2).</translation>
    </message>
    <message>
        <source>There is nothing to split the figure over.</source>
        <translation>Er is niets om het bedrag over te verdelen.</translation>
    </message>
    <message>
        <source>Weights cannot be negative.</source>
        <translation>Gewichten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 is geen bedrag.</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimal a target can have here.</source>
        <translation>%1 heeft meer decimalen dan de %2 decimaal die een doel hier kan hebben.</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimals a target can have here.</source>
        <translation>%1 heeft meer decimalen dan de %2 decimalen die een doel hier kan hebben.</translation>
    </message>
    <message>
        <source>Seasonality needs 12 months of history, not %1.</source>
        <translation>Seizoenspatroon vraagt om 12 maanden historie, niet %1.</translation>
    </message>
    <message>
        <source>Give 12 month weights or 4 quarter weights, not %1 weights.</source>
        <translation>Geef 12 maandgewichten of 4 kwartaalgewichten, niet %1 gewichten.</translation>
    </message>
    <message>
        <source>Every weight must be a number.</source>
        <translation>Elk gewicht moet een getal zijn.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Minstens één gewicht moet groter zijn dan nul.</translation>
    </message>
    <message>
        <source>A year has 4 quarters, not %1.</source>
        <translation>Een jaar heeft 4 kwartalen, niet %1.</translation>
    </message>
    <message>
        <source>Give 12 month weights, not %1.</source>
        <translation>Geef 12 maandgewichten, niet %1.</translation>
    </message>
    <message>
        <source>Breaking down by weights needs the weights.</source>
        <translation>Verdelen naar gewichten vraagt om de gewichten.</translation>
    </message>
    <message>
        <source>A year has 12 months, not %1.</source>
        <translation>Een jaar heeft 12 maanden, niet %1.</translation>
    </message>
    <message>
        <source>There is no month %1; months are 1 to 12.</source>
        <translation>Er is geen maand %1; maanden lopen van 1 tot 12.</translation>
    </message>
    <message>
        <source>There is no quarter %1; quarters are 1 to 4.</source>
        <translation>Er is geen kwartaal %1; kwartalen lopen van 1 tot 4.</translation>
    </message>
    <message>
        <source>A target is set for one account or one territory.</source>
        <translation>Een doel geldt voor één klant of één regio.</translation>
    </message>
    <message>
        <source>Targets are set for sell-in, outbound or sell-out; stock is a level, not a flow.</source>
        <translation>Doelen gelden voor inkoop, uitlevering of eindverkoop; voorraad is een stand, geen stroom.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds measures (%2), but no column is read as the measure; map that column to the measure (one measure for the whole file would book every row as that measure)</source>
        <translation>de kolom &quot;%1&quot; bevat meetwaarden (%2), maar geen kolom wordt als meetwaarde gelezen; koppel die kolom aan de meetwaarde (één meetwaarde voor het hele bestand zou elke rij als die meetwaarde boeken)</translation>
    </message>
    <message>
        <source>the targets of %1 for %2</source>
        <translation>de doelen van %1 voor %2</translation>
    </message>
    <message>
        <source>A category has at most %1 characters.</source>
        <translation>Een categorie heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Een doel kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A target of %1 is too large.</source>
        <translation>Een doel van %1 is te groot.</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 amounts have (%3).</source>
        <translation>%1 heeft meer decimalen dan bedragen in %2 hebben (%3).</translation>
    </message>
    <message>
        <source>That account does not exist (any more).</source>
        <translation>Die klant bestaat niet (meer).</translation>
    </message>
    <message>
        <source>That territory does not exist (any more).</source>
        <translation>Die regio bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A quantity is zero or more, with at most %1 decimals.</source>
        <translation>Een hoeveelheid is nul of meer, met hoogstens %1 decimalen.</translation>
    </message>
    <message>
        <source>There is no target cell &quot;%1&quot;.</source>
        <translation>Er is geen doelcel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a year targets can be set for.</source>
        <translation>Voor %1 kunnen geen doelen worden vastgelegd.</translation>
    </message>
    <message>
        <source>Someone else changed these targets meanwhile; nothing was saved. Look at them again and repeat the change.</source>
        <translation>Iemand anders heeft deze doelen intussen gewijzigd; er is niets opgeslagen. Bekijk ze opnieuw en herhaal de wijziging.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>%1 Jan</source>
        <translation>%1 jan</translation>
    </message>
    <message>
        <source>%1 Feb</source>
        <translation>%1 feb</translation>
    </message>
    <message>
        <source>%1 Mar</source>
        <translation>%1 mrt</translation>
    </message>
    <message>
        <source>%1 Apr</source>
        <translation>%1 apr</translation>
    </message>
    <message>
        <source>%1 May</source>
        <translation>%1 mei</translation>
    </message>
    <message>
        <source>%1 Jun</source>
        <translation>%1 jun</translation>
    </message>
    <message>
        <source>%1 Jul</source>
        <translation>%1 jul</translation>
    </message>
    <message>
        <source>%1 Aug</source>
        <translation>%1 aug</translation>
    </message>
    <message>
        <source>%1 Sep</source>
        <translation>%1 sep</translation>
    </message>
    <message>
        <source>%1 Oct</source>
        <translation>%1 okt</translation>
    </message>
    <message>
        <source>%1 Nov</source>
        <translation>%1 nov</translation>
    </message>
    <message>
        <source>%1 Dec</source>
        <translation>%1 dec</translation>
    </message>
    <message>
        <source>the period must end on or after its first day</source>
        <translation>de periode moet op of na de eerste dag eindigen</translation>
    </message>
    <message>
        <source>the working day must end after it starts</source>
        <translation>de werkdag moet eindigen nadat hij begint</translation>
    </message>
    <message>
        <source>at least one visit per day</source>
        <translation>minstens één bezoek per dag</translation>
    </message>
    <message>
        <source>the travel speed must be positive</source>
        <translation>de reissnelheid moet groter dan nul zijn</translation>
    </message>
    <message>
        <source>the lunch break must end after it starts</source>
        <translation>de lunchpauze moet eindigen nadat hij begint</translation>
    </message>
    <message>
        <source>not due in this period</source>
        <translation>niet aan de beurt in deze periode</translation>
    </message>
    <message>
        <source>overdue %1 day</source>
        <translation>%1 dag te laat</translation>
    </message>
    <message>
        <source>overdue %1 days</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>verwacht %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>nooit bezocht</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 day past its deadline)</source>
        <translation>probleem %1 verliep %2 (%3 dag over de deadline)</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 days past its deadline)</source>
        <translation>probleem %1 verliep %2 (%3 dagen over de deadline)</translation>
    </message>
    <message>
        <source>issue %1 due %2</source>
        <translation>probleem %1 verloopt %2</translation>
    </message>
    <message>
        <source>quote %1 expires %2</source>
        <translation>offerte %1 verloopt %2</translation>
    </message>
    <message>
        <source>rebate %1: %2 to tier %3 by %4</source>
        <translation>bonus %1: nog %2 tot staffel %3 vóór %4</translation>
    </message>
    <message>
        <source>preferred day: %1</source>
        <translation>voorkeursdag: %1</translation>
    </message>
    <message>
        <source>no coordinates: travel not estimated</source>
        <translation>geen coördinaten: reistijd niet geschat</translation>
    </message>
    <message>
        <source>fixed appointment</source>
        <translation>vaste afspraak</translation>
    </message>
    <message>
        <source>continued from %1</source>
        <translation>vervolg van %1</translation>
    </message>
    <message>
        <source>not due in this period (next due %1)</source>
        <translation>niet aan de beurt in deze periode (volgende keer %1)</translation>
    </message>
    <message>
        <source>no capacity left in this period</source>
        <translation>geen ruimte meer in deze periode</translation>
    </message>
    <message>
        <source>no room left: on %1 day the visits already booked clash, and such a day takes no new visits (move or cancel them)</source>
        <translation>geen ruimte meer: op %1 dag botsen de al geboekte bezoeken, en zo&apos;n dag krijgt geen nieuwe bezoeken (verplaats of annuleer ze)</translation>
    </message>
    <message>
        <source>no room left: on %1 days the visits already booked clash, and such days take no new visits (move or cancel them)</source>
        <translation>geen ruimte meer: op %1 dagen botsen de al geboekte bezoeken, en zulke dagen krijgen geen nieuwe bezoeken (verplaats of annuleer ze)</translation>
    </message>
    <message>
        <source>no working days left in this period</source>
        <translation>geen werkdagen meer in deze periode</translation>
    </message>
    <message>
        <source>closed on all working days of this period</source>
        <translation>gesloten op alle werkdagen van deze periode</translation>
    </message>
    <message>
        <source>visiting hours do not fit the working day</source>
        <translation>bezoektijden passen niet in de werkdag</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap: your %1 is %2 in %3</source>
        <translation>de werktijden van de klant en de uwe overlappen niet: uw %1 is %2 in %3</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap</source>
        <translation>de werktijden van de klant en de uwe overlappen niet</translation>
    </message>
    <message>
        <source>cannot be reached and visited within a working day</source>
        <translation>kan niet binnen een werkdag worden bereikt en bezocht</translation>
    </message>
    <message>
        <source>%1 fixed appointment cannot be kept on time (%2 late)</source>
        <translation>%1 vaste afspraak is niet op tijd te halen (%2 te laat)</translation>
    </message>
    <message>
        <source>%1 fixed appointments cannot be kept on time (up to %2 late)</source>
        <translation>%1 vaste afspraken zijn niet op tijd te halen (tot %2 te laat)</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>vrije dag: %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>vrije dag</translation>
    </message>
    <message>
        <source>too little of today is left</source>
        <translation>er is te weinig over van vandaag</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>an event without UID: %1</source>
        <translation>een afspraak zonder UID: %1</translation>
    </message>
    <message>
        <source>“%1” (line %2): %3</source>
        <translation>“%1” (regel %2): %3</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (regel %2): %3</translation>
    </message>
    <message>
        <source>an event without UID (line %1): %2</source>
        <translation>een afspraak zonder UID (regel %1): %2</translation>
    </message>
    <message>
        <source>%1 visit updated</source>
        <translation>%1 bezoek bijgewerkt</translation>
    </message>
    <message>
        <source>%1 visits updated</source>
        <translation>%1 bezoeken bijgewerkt</translation>
    </message>
    <message>
        <source>%1 event skipped</source>
        <translation>%1 afspraak overgeslagen</translation>
    </message>
    <message>
        <source>%1 events skipped</source>
        <translation>%1 afspraken overgeslagen</translation>
    </message>
    <message>
        <source>%1, %2 created, %3 unchanged, %4</source>
        <translation>%1, %2 aangemaakt, %3 ongewijzigd, %4</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name (try Europe/Amsterdam).</source>
        <translation>“%1” is geen naam van een tijdzone (probeer Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicebezoek</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicebezoek</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>begeleiding</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>Export at most three years of visits at once.</source>
        <translation>Exporteer hoogstens drie jaar aan bezoeken tegelijk.</translation>
    </message>
    <message>
        <source>There are no visits from %1 to %2; nothing was written.</source>
        <translation>Er zijn geen bezoeken van %1 tot en met %2; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>acct-desktop visits</source>
        <translation>acct-desktop-bezoeken</translation>
    </message>
    <message>
        <source>The %1 visits from %2 to %3 make a calendar file larger than %4 MB, more than acct-desktop reads back; export a shorter period.</source>
        <translation>De %1 bezoeken van %2 tot en met %3 maken een agendabestand groter dan %4 MB, meer dan acct-desktop terugleest; exporteer een kortere periode.</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Klant: %1 (%2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Contacts met: %1</source>
        <translation>Gesproken contactpersonen: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <source>repeats the UID of an earlier event in the file; the first was used</source>
        <translation>herhaalt de UID van een eerdere afspraak in het bestand; de eerste is gebruikt</translation>
    </message>
    <message>
        <source>Some of these visits were changed by someone else meanwhile; nothing was imported. Import the file again.</source>
        <translation>Sommige van deze bezoeken zijn intussen door iemand anders gewijzigd; er is niets geïmporteerd. Importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out, and so were the events that use it</source>
        <translation>regel %1: %2; deze is weggelaten, en de afspraken die hem gebruiken ook</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out (no event uses it)</source>
        <translation>regel %1: %2; deze is weggelaten (geen afspraak gebruikt hem)</translation>
    </message>
    <message>
        <source>line %1: END:VEVENT without a BEGIN:VEVENT before it; the lines before it were not read as an event</source>
        <translation>regel %1: END:VEVENT zonder BEGIN:VEVENT ervoor; de regels ervoor zijn niet als afspraak gelezen</translation>
    </message>
    <message>
        <source>line %1: the calendar has no END:VCALENDAR line, so the file may be cut off; the events before the cut were read</source>
        <translation>regel %1: de agenda heeft geen regel END:VCALENDAR, dus het bestand is misschien afgebroken; de afspraken vóór het breekpunt zijn gelezen</translation>
    </message>
    <message>
        <source>has no END:VEVENT line (the file may be cut off); it was left out</source>
        <translation>heeft geen regel END:VEVENT (het bestand is misschien afgebroken); weggelaten</translation>
    </message>
    <message>
        <source>cannot be read (%1); it was left out</source>
        <translation>is niet te lezen (%1); weggelaten</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>a time zone has no name (TZID)</source>
        <translation>een tijdzone heeft geen naam (TZID)</translation>
    </message>
    <message>
        <source>the time zone “%1” has a line “%2” without a colon, which is no property</source>
        <translation>de tijdzone “%1” heeft een regel “%2” zonder dubbele punt; dat is geen eigenschap</translation>
    </message>
    <message>
        <source>the time zone “%1” has a UTC offset “%2” that cannot be read; write it like +0100 or -0500</source>
        <translation>de tijdzone “%1” heeft een UTC-afwijking “%2” die niet te lezen is; schrijf die als +0100 of -0500</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 “%3” that is not a date and time; write it like 19701025T030000</source>
        <translation>de tijdzone “%1” heeft een %2 “%3” die geen datum en tijd is; schrijf die als 19701025T030000</translation>
    </message>
    <message>
        <source>the time zone “%1” has %2 “%3”, which cannot be read</source>
        <translation>de tijdzone “%1” heeft %2 “%3”, die niet te lezen is</translation>
    </message>
    <message>
        <source>the time zone “%1” gives a change as a day without a time (%2); a change of time needs a date and a time, like 19701025T030000</source>
        <translation>de tijdzone “%1” geeft een wisseling als dag zonder tijd (%2); een tijdwisseling heeft een datum en een tijd nodig, zoals 19701025T030000</translation>
    </message>
    <message>
        <source>the time zone “%1” has a change without %2</source>
        <translation>de tijdzone “%1” heeft een wisseling zonder %2</translation>
    </message>
    <message>
        <source>the time zone “%1” cannot be read (%2)</source>
        <translation>de tijdzone “%1” is niet te lezen (%2)</translation>
    </message>
    <message>
        <source>its start “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>het begin „%1” is een dag die niet bestaat (%2 heeft geen dag %3)</translation>
    </message>
    <message>
        <source>its end “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>het einde „%1” is een dag die niet bestaat (%2 heeft geen dag %3)</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write it as %2</source>
        <translation>het begin “%1” is geen datum en tijd; schrijf het als %2</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write it as %2</source>
        <translation>het einde “%1” is geen datum en tijd; schrijf het als %2</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T093000 (with Z at the end for UTC)</source>
        <translation>het begin “%1” is geen datum en tijd; schrijf jaar, maand, dag, T, uren, minuten en seconden, zoals 20261124T093000 (met Z aan het eind voor UTC)</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T103000 (with Z at the end for UTC)</source>
        <translation>het einde “%1” is geen datum en tijd; schrijf jaar, maand, dag, T, uren, minuten en seconden, zoals 20261124T103000 (met Z aan het eind voor UTC)</translation>
    </message>
    <message>
        <source>its duration “%1” cannot be read; write it like PT1H30M (one and a half hours)</source>
        <translation>de duur “%1” is niet te lezen; schrijf die als PT1H30M (anderhalf uur)</translation>
    </message>
    <message>
        <source>its %1 “%2” cannot be read</source>
        <translation>de %1 “%2” is niet te lezen</translation>
    </message>
    <message>
        <source>The file holds contacts (vCards), not a calendar; import it as contacts.</source>
        <translation>Het bestand bevat contactpersonen (vCards), geen agenda; importeer het als contactpersonen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; that is not a visit calendar.</source>
        <translation>Het bestand is groter dan %1 MB; dat is geen bezoekagenda.</translation>
    </message>
    <message>
        <source>The file holds no calendar and no events (no BEGIN:VCALENDAR).</source>
        <translation>Het bestand bevat geen agenda en geen afspraken (geen BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1 event names</source>
        <translation>%1 afspraak noemt</translation>
    </message>
    <message>
        <source>%1 events name</source>
        <translation>%1 afspraken noemen</translation>
    </message>
    <message>
        <source>The calendar was not imported: %1 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>De agenda is niet geïmporteerd: %1 geen klant die hier bekend is. Er is niets geschreven. Zet de code of de exacte naam van de klant in de locatie of titel van de afspraak, of sla deze afspraken over om de rest te importeren.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>%1 is niet geïmporteerd: %2 geen klant die hier bekend is. Er is niets geschreven. Zet de code of de exacte naam van de klant in de locatie of titel van de afspraak, of sla deze afspraken over om de rest te importeren.</translation>
    </message>
    <message>
        <source>has a value that cannot be read; it was left out</source>
        <translation>heeft een waarde die niet te lezen is; het is weggelaten</translation>
    </message>
    <message>
        <source>has no UID, so it cannot be matched to a visit</source>
        <translation>heeft geen UID en kan dus aan geen enkel bezoek worden gekoppeld</translation>
    </message>
    <message>
        <source>repeats (or changes one occurrence of a series); plan each visit as its own event, acct-desktop does not expand series</source>
        <translation>herhaalt zich (of wijzigt één keer uit een reeks); plan elk bezoek als een eigen afspraak, acct-desktop werkt geen reeksen uit</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>eindigt voordat het begint</translation>
    </message>
    <message>
        <source>lasts longer than 12 hours; that is not a visit</source>
        <translation>duurt langer dan 12 uur; dat is geen bezoek</translation>
    </message>
    <message>
        <source>has %1 %2 values</source>
        <translation>heeft %1 %2-waarden</translation>
    </message>
    <message>
        <source>gives its %1 in a time zone without a name (TZID=); write the zone&apos;s name, such as Europe/Amsterdam, or leave TZID out to read it on your own clock</source>
        <translation>geeft de %1 in een tijdzone zonder naam (TZID=); schrijf de naam van de zone, zoals Europe/Amsterdam, of laat TZID weg om de tijd op uw eigen klok te lezen</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which cannot be read (line %2)</source>
        <translation>gebruikt de tijdzone “%1”, die niet te lezen is (regel %2)</translation>
    </message>
    <message>
        <source>has no start (DTSTART); give it one to import it as a visit</source>
        <translation>heeft geen begin (DTSTART); geef het een begin om het als bezoek te importeren</translation>
    </message>
    <message>
        <source>has a %1 that cannot be read</source>
        <translation>heeft een %1 die niet te lezen is</translation>
    </message>
    <message>
        <source>is an all-day event; give it a start and end time to import it as a visit</source>
        <translation>is een afspraak voor de hele dag; geef het een begin- en eindtijd om het als bezoek te importeren</translation>
    </message>
    <message>
        <source>has a %1 that is not a date and time</source>
        <translation>heeft een %1 die geen datum en tijd is</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which the file does not define</source>
        <translation>gebruikt de tijdzone “%1”, die het bestand niet definieert</translation>
    </message>
    <message>
        <source>has a %1 out of range</source>
        <translation>heeft een %1 buiten het bereik</translation>
    </message>
    <message>
        <source>its visit was deleted in acct-desktop; it was not restored</source>
        <translation>het bezoek ervan is in acct-desktop verwijderd; het is niet teruggezet</translation>
    </message>
    <message>
        <source>its visit is done; its time was not changed</source>
        <translation>het bezoek ervan is uitgevoerd; de tijd is niet gewijzigd</translation>
    </message>
    <message>
        <source>its visit is missed; its time was not changed</source>
        <translation>het bezoek ervan is gemist; de tijd is niet gewijzigd</translation>
    </message>
    <message>
        <source>is cancelled and matches no visit; nothing to plan</source>
        <translation>is geannuleerd en hoort bij geen enkel bezoek; niets te plannen</translation>
    </message>
    <message>
        <source>names the account “%1”, which does not exist</source>
        <translation>noemt de klant “%1”, die niet bestaat</translation>
    </message>
    <message>
        <source>%1 accounts are called “%2”; put the code in its location</source>
        <translation>%1 klanten heten “%2”; zet de code in de locatie</translation>
    </message>
    <message>
        <source>names several accounts (%1); keep one code in its location</source>
        <translation>noemt meerdere klanten (%1); laat één code in de locatie staan</translation>
    </message>
    <message>
        <source>matches no visit and names no account: put the account code in its location or title (or X-ACCT-ACCOUNT) to plan it</source>
        <translation>hoort bij geen enkel bezoek en noemt geen klant: zet de klantcode in de locatie of de titel (of X-ACCT-ACCOUNT) om het te plannen</translation>
    </message>
    <message>
        <source>Visit sheets are printed for at most %1 days at once.</source>
        <translation>Bezoekbladen worden voor hoogstens %1 dagen tegelijk afgedrukt.</translation>
    </message>
    <message>
        <source>There are no planned visits for %1 from %2 to %3.</source>
        <translation>Er zijn geen geplande bezoeken voor %1 van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>There are no planned visits from %1 to %2.</source>
        <translation>Er zijn geen geplande bezoeken van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name.</source>
        <translation>“%1” is geen naam van een tijdzone.</translation>
    </message>
    <message>
        <source>This QR code is not from an acct-desktop checklist.</source>
        <translation>Deze QR-code komt niet van een probleemlijst van acct-desktop.</translation>
    </message>
    <message>
        <source>The QR code&apos;s document hash is malformed.</source>
        <translation>De documenthash in de QR-code is onjuist opgebouwd.</translation>
    </message>
    <message>
        <source>%1 · all closed</source>
        <translation>%1 · alle gesloten</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 open</translation>
    </message>
    <message>
        <source>%1 · %2 open · %3 overdue</source>
        <translation>%1 · %2 open · %3 te laat</translation>
    </message>
    <message>
        <source>This database also holds a checklist %1, but this file is not the copy issued from here.</source>
        <translation>Deze database bevat ook een probleemlijst %1, maar dit bestand is niet het exemplaar dat hier is uitgegeven.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database.</source>
        <translation>Het is het exemplaar van %1 dat uit deze database is uitgegeven.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3.</source>
        <translation>Het is het exemplaar van %1 dat uit deze database is uitgegeven, maar het is niet meer geldig: het is vervangen door %2, uitgegeven op %3.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3; the current revision is %4, issued on %5.</source>
        <translation>Het is het exemplaar van %1 dat uit deze database is uitgegeven, maar het is niet meer geldig: het is vervangen door %2, uitgegeven op %3; de geldige versie is %4, uitgegeven op %5.</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, but with other content than the copy issued from here.</source>
        <translation>De QR-code op %1 noemt %2, maar met een andere inhoud dan het exemplaar dat hier is uitgegeven.</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, not %3.</source>
        <translation>De QR-code op %1 noemt %2, niet %3.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>Deze probleemlijst bestaat niet meer.</translation>
    </message>
    <message>
        <source>This checklist has no sealed PDF.</source>
        <translation>Deze probleemlijst heeft geen verzegelde PDF.</translation>
    </message>
    <message>
        <source>The customer cannot have stamped it before it was issued.</source>
        <translation>De klant kan hem niet hebben gestempeld voordat hij was uitgegeven.</translation>
    </message>
    <message>
        <source>The stamp cannot be dated after today; enter the day the customer stamped it.</source>
        <translation>De stempel kan niet na vandaag gedateerd zijn; vul de dag in waarop de klant heeft gestempeld.</translation>
    </message>
    <message>
        <source>%1 already has a stamped copy, %2, stamped on %3.</source>
        <translation>%1 heeft al een gestempeld exemplaar, %2, gestempeld op %3.</translation>
    </message>
    <message>
        <source>Some of the chosen issues belong to another account or were withdrawn.</source>
        <translation>Enkele van de gekozen problemen horen bij een andere klant of zijn ingetrokken.</translation>
    </message>
    <message>
        <source>%1 and the accounts below it have no open issues to put on a checklist.</source>
        <translation>%1 en de klanten eronder hebben geen openstaande problemen voor een probleemlijst.</translation>
    </message>
    <message>
        <source>%1 has no open issues to put on a checklist.</source>
        <translation>%1 heeft geen openstaande problemen voor een probleemlijst.</translation>
    </message>
    <message>
        <source>A checklist holds at most %1 issues; choose fewer (%2).</source>
        <translation>Een probleemlijst bevat hoogstens %1 problemen; kies er minder (nu %2).</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint.</source>
        <translation>“%1” is geen SHA-256-vingerafdruk van een certificaat.</translation>
    </message>
    <message>
        <source>Certificates can be exported as .pem, .crt, .cer or .der files, not “%1”.</source>
        <translation>Certificaten kunnen worden geëxporteerd als .pem-, .crt-, .cer- of .der-bestand, niet als “%1”.</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>Het bestand %1 kon niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not a certificate. Ask the sender for their seal certificate as a .pem, .crt, .cer or .der file.</source>
        <translation>Het bestand %1 is geen certificaat. Vraag de afzender om zijn zegelcertificaat als .pem-, .crt-, .cer- of .der-bestand.</translation>
    </message>
    <message>
        <source>No seal key has been created yet. Create one (your name and organisation) before sealing checklists.</source>
        <translation>Er is nog geen zegelsleutel gemaakt. Maak er eerst een (uw naam en organisatie) voordat u probleemlijsten verzegelt.</translation>
    </message>
    <message>
        <source>The seal certificate could not be read (%1).</source>
        <translation>Het zegelcertificaat kon niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`); documents sealed earlier stay verifiable.</source>
        <translation>Maak een nieuwe zegelsleutel onder Extra → Nieuwe zegelsleutel… (of voer `acct-desktop seal new-key` uit); eerder verzegelde documenten blijven verifieerbaar.</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`).</source>
        <translation>Maak een nieuwe zegelsleutel onder Extra → Nieuwe zegelsleutel… (of voer `acct-desktop seal new-key` uit).</translation>
    </message>
    <message>
        <source>The seal key file is missing or unreadable (%1). %2</source>
        <translation>Het zegelsleutelbestand ontbreekt of is onleesbaar (%1). %2</translation>
    </message>
    <message>
        <source>The seal key could not be unlocked with the passphrase stored in the system keyring (the key file was replaced or damaged). %1</source>
        <translation>De zegelsleutel kon niet worden ontgrendeld met de wachtwoordzin uit de sleutelring van het systeem (het sleutelbestand is vervangen of beschadigd). %1</translation>
    </message>
    <message>
        <source>The seal key does not belong to the seal certificate. %1</source>
        <translation>De zegelsleutel hoort niet bij het zegelcertificaat. %1</translation>
    </message>
    <message>
        <source>The seal certificate file is damaged. %1</source>
        <translation>Het zegelcertificaatbestand is beschadigd. %1</translation>
    </message>
    <message>
        <source>The seal needs a name.</source>
        <translation>Het zegel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The name on a seal can be at most %1 characters.</source>
        <translation>De naam op een zegel mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The seal needs an organisation.</source>
        <translation>Het zegel heeft een organisatie nodig.</translation>
    </message>
    <message>
        <source>The organisation on a seal can be at most %1 characters.</source>
        <translation>De organisatie op een zegel mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the seal key&apos;s passphrase (%1). Unlock or configure the keyring, then try again.</source>
        <translation>De sleutelring van het systeem weigerde de wachtwoordzin van de zegelsleutel op te slaan (%1). Ontgrendel of configureer de sleutelring en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the seal key&apos;s passphrase. Unlock or configure the keyring, then try again.</source>
        <translation>De sleutelring van het systeem heeft de wachtwoordzin van de zegelsleutel niet bewaard. Ontgrendel of configureer de sleutelring en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1), so the seal key cannot be unlocked. Unlock or configure the keyring, then try again.</source>
        <translation>De sleutelring van het systeem kon niet worden gelezen (%1), dus de zegelsleutel kan niet worden ontgrendeld. Ontgrendel of configureer de sleutelring en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The seal key&apos;s passphrase is not in this computer&apos;s system keyring (it was deleted, or the key was copied from another computer), so the key cannot be used. %1</source>
        <translation>De wachtwoordzin van de zegelsleutel staat niet in de sleutelring van deze computer (hij is verwijderd, of de sleutel is van een andere computer gekopieerd), dus de sleutel kan niet worden gebruikt. %1</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1.</source>
        <translation>Verzegeld en onveranderd: verzegeld door %1.</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1 on %2.</source>
        <translation>Verzegeld en onveranderd: verzegeld door %1 op %2.</translation>
    </message>
    <message>
        <source>Modified after sealing: the file was changed or had content appended after it was sealed — do not trust it.</source>
        <translation>Gewijzigd na verzegeling: het bestand is veranderd of er is na het verzegelen inhoud aan toegevoegd — vertrouw het niet.</translation>
    </message>
    <message>
        <source>Not sealed: this PDF carries no digital seal.</source>
        <translation>Niet verzegeld: deze PDF heeft geen digitaal zegel.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <source>Sealed by a key that is not trusted: the seal is intact, but the certificate (%1, fingerprint %2) did not pass validation: %3.</source>
        <translation>Verzegeld met een sleutel die niet wordt vertrouwd: het zegel is onveranderd, maar het certificaat (%1, vingerafdruk %2) is niet door de controle gekomen: %3.</translation>
    </message>
    <message>
        <source>Sealed by an unknown key: the seal is intact but was made by a certificate you have not imported as trusted (%1, fingerprint %2).</source>
        <translation>Verzegeld met een onbekende sleutel: het zegel is onveranderd, maar is gemaakt met een certificaat dat u niet als vertrouwd hebt geïmporteerd (%1, vingerafdruk %2).</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>het bestand kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Not a readable PDF: %1.</source>
        <translation>Geen leesbare PDF: %1.</translation>
    </message>
    <message>
        <source>an unnamed signer (%1)</source>
        <translation>een naamloze ondertekenaar (%1)</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>een naamloze ondertekenaar</translation>
    </message>
    <message>
        <source>This file is not a readable PDF, so it cannot be sealed (%1).</source>
        <translation>Dit bestand is geen leesbare PDF en kan dus niet worden verzegeld (%1).</translation>
    </message>
    <message>
        <source>This PDF is already sealed; a checklist is sealed once, as its last step.</source>
        <translation>Deze PDF is al verzegeld; een probleemlijst wordt één keer verzegeld, als laatste stap.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>it has no PDF header (it may be an image, a text file or another document)</source>
        <translation>het heeft geen PDF-kop (het is misschien een afbeelding, een tekstbestand of een ander document)</translation>
    </message>
    <message>
        <source>it was sealed on %1, outside the certificate&apos;s validity (%2 to %3)</source>
        <translation>het is verzegeld op %1, buiten de geldigheid van het certificaat (%2 tot %3)</translation>
    </message>
    <message>
        <source>pyHanko reports %1</source>
        <translation>pyHanko meldt: %1</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>het certificaat is niet geaccepteerd</translation>
    </message>
    <message>
        <source>%1 card read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 kaart gelezen: %2 aangemaakt, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 cards read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 kaarten gelezen: %2 aangemaakt, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 remarks follow.</source>
        <translation>Hieronder volgen %1 opmerkingen.</translation>
    </message>
    <message>
        <source>There is no account %1 in the database; nothing was imported.</source>
        <translation>Er is geen klant %1 in de database; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>card %1 (line %2) already describes this contact</source>
        <translation>kaart %1 (regel %2) beschrijft deze contactpersoon al</translation>
    </message>
    <message>
        <source>%1 contacts called &quot;%2&quot; match this card; give it the e-mail or phone of only one of them</source>
        <translation>%1 contactpersonen met de naam &quot;%2&quot; passen bij deze kaart; geef hem het e-mailadres of telefoonnummer van maar één van hen</translation>
    </message>
    <message>
        <source>card %1 (line %2): the manager it names (X-ACCT-REPORTS-TO %3) is neither in the file nor in the account; the reporting line was left empty</source>
        <translation>kaart %1 (regel %2): de leidinggevende die hij noemt (X-ACCT-REPORTS-TO %3) staat niet in het bestand en niet bij de klant; de rapportagelijn is leeg gelaten</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO names the card itself</source>
        <translation>X-ACCT-REPORTS-TO verwijst naar de kaart zelf</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO makes a reporting loop</source>
        <translation>X-ACCT-REPORTS-TO maakt een rapportagelus</translation>
    </message>
    <message>
        <source>%1 had already been erased; nothing changed.</source>
        <translation>%1 was al gewist; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The contact&apos;s personal data was erased; they are now shown as %1. Changed or removed: %2 mentioning them, %3, %4, %5.</source>
        <translation>De persoonsgegevens van de contactpersoon zijn gewist; hij of zij wordt nu getoond als %1. Gewijzigd of verwijderd: %2 waarin hij of zij wordt genoemd, %3, %4, %5.</translation>
    </message>
    <message>
        <source>%1 of sealed checklists mention them and were left as issued (a sealed document cannot be changed).</source>
        <translation>%1 van verzegelde probleemlijsten noemen hem of haar en zijn gelaten zoals uitgegeven (een verzegeld document kan niet worden gewijzigd).</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 tekst</translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation>%1 teksten</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 relatie</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 relaties</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 gegeven</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>%1 gegevens</translation>
    </message>
    <message>
        <source>%1 audit value</source>
        <translation>%1 auditwaarde</translation>
    </message>
    <message>
        <source>%1 audit values</source>
        <translation>%1 auditwaarden</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 onderdeel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 onderdelen</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Er is geen contactpersoon met id %1.</translation>
    </message>
    <message>
        <source>Say why the data is erased: the reason is kept in the audit trail.</source>
        <translation>Geef aan waarom de gegevens worden gewist: de reden wordt in het auditlogboek bewaard.</translation>
    </message>
    <message>
        <source>The device code is 2 to 6 capital letters or digits, such as 7KX.</source>
        <translation>De apparaatcode bestaat uit 2 tot 6 hoofdletters of cijfers, zoals 7KX.</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose the dates again.</source>
        <translation>De periode eindigt voordat hij begint; kies de datums opnieuw.</translation>
    </message>
    <message>
        <source>Your name is printed on every document; fill it in.</source>
        <translation>Uw naam staat op elk document; vul hem in.</translation>
    </message>
    <message>
        <source>Your company&apos;s name is printed on every document.</source>
        <translation>De naam van uw bedrijf staat op elk document.</translation>
    </message>
    <message>
        <source>Your name and company are not set. Fill them in under Tools → My details (or run `acct-desktop manager --name … --organisation …`).</source>
        <translation>Uw naam en bedrijf zijn niet ingesteld. Vul ze in onder Extra → Mijn gegevens (of voer `acct-desktop manager --name … --organisation …` uit).</translation>
    </message>
    <message>
        <source>A section&apos;s commentary holds at most %1 characters; shorten it or move the details to an attachment.</source>
        <translation>De toelichting bij een onderdeel mag hoogstens %1 tekens bevatten; maak hem korter of zet de details in een bijlage.</translation>
    </message>
    <message>
        <source>No territory has the code %1.</source>
        <translation>Geen regio heeft de code %1.</translation>
    </message>
    <message>
        <source>%1 has not begun yet (today is %2): choose this month, summed up to date, or an earlier one.</source>
        <translation>%1 is nog niet begonnen (vandaag is het %2): kies deze maand, tot vandaag, of een eerdere.</translation>
    </message>
    <message>
        <source>%1 in territory %2</source>
        <translation>%1 in regio %2</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest months with figures are %2 and %3.</source>
        <translation>Voor %1 zijn geen verkoopcijfers geïmporteerd; de dichtstbijzijnde maanden met cijfers zijn %2 en %3.</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest month with figures is %2.</source>
        <translation>Voor %1 zijn geen verkoopcijfers geïmporteerd; de dichtstbijzijnde maand met cijfers is %2.</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1, nor for any other month.</source>
        <translation>Voor %1 zijn geen verkoopcijfers geïmporteerd, en ook voor geen enkele andere maand.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2); swap the dates.</source>
        <translation>Het bereik eindigt (%1) voordat het begint (%2); verwissel de datums.</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until.</source>
        <translation>Kies een dag na vandaag om tot dan uit te stellen.</translation>
    </message>
    <message>
        <source>Say why you dismiss this alert; the reason is kept with it.</source>
        <translation>Geef aan waarom u deze signalering negeert; de reden wordt erbij bewaard.</translation>
    </message>
    <message>
        <source>This alert has no key; refresh the list and try again.</source>
        <translation>Deze signalering heeft geen sleutel; vernieuw de lijst en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>a card for a %1 (KIND:%1), not for a person</source>
        <translation>een kaart voor een %1 (KIND:%1), niet voor een persoon</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 1 to 5</source>
        <translation>%1 &quot;%2&quot; is geen geheel getal van 1 tot en met 5</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date like 2026-11-02</source>
        <translation>%1 &quot;%2&quot; is geen datum als 2026-11-02</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>%1 &quot;%2&quot; is niet een van %3</translation>
    </message>
    <message>
        <source>the name is %1 characters long; at most %2 fit</source>
        <translation>de naam is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the title is %1 characters long; at most %2 fit</source>
        <translation>de functie is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the department is %1 characters long; at most %2 fit</source>
        <translation>de afdeling is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the phone is %1 characters long; at most %2 fit</source>
        <translation>het telefoonnummer is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the email is %1 characters long; at most %2 fit</source>
        <translation>het e-mailadres is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the messenger id is %1 characters long; at most %2 fit</source>
        <translation>de messenger-id is %1 tekens lang; er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is longer than 60 characters</source>
        <translation>het label &quot;%1&quot; is langer dan 60 tekens</translation>
    </message>
    <message>
        <source>a value holds control characters</source>
        <translation>een waarde bevat stuurtekens</translation>
    </message>
    <message>
        <source>the quoted-printable text is not valid %1</source>
        <translation>de quoted-printable-tekst is geen geldige %1</translation>
    </message>
    <message>
        <source>the value cannot be decoded (%1)</source>
        <translation>de waarde kan niet worden gedecodeerd (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard line</source>
        <translation>&quot;%1&quot; is geen vCard-regel</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3</source>
        <translation>kaart %1 (regel %2): %3</translation>
    </message>
    <message>
        <source>the file is not valid %1 (%2)</source>
        <translation>het bestand is geen geldige %1 (%2)</translation>
    </message>
    <message>
        <source>unknown character set &quot;%1&quot;</source>
        <translation>onbekende tekenset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>de tekst is geen geldige %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and the line does not say its CHARSET; save the file as UTF-8 and import it again</source>
        <translation>de tekst is geen UTF-8 en de regel noemt geen CHARSET; sla het bestand op als UTF-8 en importeer het opnieuw</translation>
    </message>
    <message>
        <source>the card has no END:VCARD line</source>
        <translation>de kaart heeft geen END:VCARD-regel</translation>
    </message>
    <message>
        <source>this is not a vCard file (its first line is &quot;%1&quot;; cards start with BEGIN:VCARD)</source>
        <translation>dit is geen vCard-bestand (de eerste regel is &quot;%1&quot;; kaarten beginnen met BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>this is not a vCard file (it is empty; cards start with BEGIN:VCARD)</source>
        <translation>dit is geen vCard-bestand (het is leeg; kaarten beginnen met BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>text outside any card (BEGIN:VCARD … END:VCARD)</source>
        <translation>tekst buiten een kaart (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>and %1 more lines outside any card</source>
        <translation>en nog %1 regels buiten een kaart</translation>
    </message>
    <message>
        <source>the card cannot be read (%1)</source>
        <translation>de kaart kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3; skipped</source>
        <translation>kaart %1 (regel %2): %3; overgeslagen</translation>
    </message>
    <message>
        <source>its text is not valid %1</source>
        <translation>de tekst is geen geldige %1</translation>
    </message>
    <message>
        <source>unknown character set or encoding: %1</source>
        <translation>onbekende tekenset of codering: %1</translation>
    </message>
    <message>
        <source>no name (FN or N)</source>
        <translation>geen naam (FN of N)</translation>
    </message>
    <message>
        <source>tier threshold</source>
        <translation>staffeldrempel</translation>
    </message>
    <message>
        <source>tier rate_percent</source>
        <translation>staffelpercentage</translation>
    </message>
    <message>
        <source>fixed_percent</source>
        <translation>vast percentage</translation>
    </message>
    <message>
        <source>last_year</source>
        <translation>volume vorig jaar</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>verrekend bedrag</translation>
    </message>
    <message>
        <source>%1 must be finite, got %2</source>
        <translation>%1 moet een eindig getal zijn, niet %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 mag niet negatief zijn, niet %2</translation>
    </message>
    <message>
        <source>duplicate tier threshold %1</source>
        <translation>staffeldrempel %1 komt dubbel voor</translation>
    </message>
    <message>
        <source>fixed_percent terms need a fixed_percent</source>
        <translation>voorwaarden met een vast percentage hebben een vast percentage nodig</translation>
    </message>
    <message>
        <source>fixed_percent terms take no tiers</source>
        <translation>voorwaarden met een vast percentage hebben geen staffels</translation>
    </message>
    <message>
        <source>%1 terms take tiers, not a fixed_percent</source>
        <translation>%1-voorwaarden werken met staffels, niet met een vast percentage</translation>
    </message>
    <message>
        <source>%1 terms need at least one tier</source>
        <translation>%1-voorwaarden hebben ten minste één staffel nodig</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: the rate must be 0 to %4, not %3</source>
        <translation>staffel %1 &apos;%2&apos;: het percentage moet tussen 0 en %4 liggen, niet %3</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>groei</translation>
    </message>
    <message>
        <source>whole volume</source>
        <translation>hele volume</translation>
    </message>
    <message>
        <source>band %1+</source>
        <translation>schijf %1+</translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>schijf %1–%2</translation>
    </message>
    <message>
        <source>growth terms need last year&apos;s volume</source>
        <translation>groeivoorwaarden hebben het volume van vorig jaar nodig</translation>
    </message>
    <message>
        <source>quantity-based terms need the sales amount to price the rebate</source>
        <translation>voorwaarden op aantal hebben het omzetbedrag nodig om de bonus te berekenen</translation>
    </message>
    <message>
        <source>period ends (%1) before it starts (%2)</source>
        <translation>de periode eindigt (%1) voordat hij begint (%2)</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: threshold &apos;%3&apos; is not a number ≥ 0</source>
        <translation>staffel %1 &apos;%2&apos;: drempel &apos;%3&apos; is geen getal ≥ 0</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: rate &apos;%3&apos; is not a number ≥ 0</source>
        <translation>staffel %1 &apos;%2&apos;: percentage &apos;%3&apos; is geen getal ≥ 0</translation>
    </message>
    <message>
        <source>no tiers given: expected e.g. &apos;0:1,100000:2&apos;</source>
        <translation>geen staffels opgegeven: verwacht bijvoorbeeld &apos;0:1,100000:2&apos;</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: expected THRESHOLD:RATE</source>
        <translation>staffel %1 &apos;%2&apos;: verwacht DREMPEL:PERCENTAGE (THRESHOLD:RATE)</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: duplicate threshold %3</source>
        <translation>staffel %1 &apos;%2&apos;: drempel %3 komt dubbel voor</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>hoofdkantoor</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>regiokantoor</translation>
    </message>
    <message>
        <source>distribution centre</source>
        <translation>distributiecentrum</translation>
    </message>
    <message>
        <source>branch warehouse</source>
        <translation>filiaalmagazijn</translation>
    </message>
    <message>
        <source>store</source>
        <translation>winkel</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>werkplaats</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>distributeur</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>chain store</source>
        <translation>winkelketen</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>wagenpark</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>industrie</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>beslisser</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>beïnvloeder</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>inkoper</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <translation>poortwachter</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>ambassadeur</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>voorstander</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation>scepticus</translation>
    </message>
    <message>
        <source>opponent</source>
        <translation>tegenstander</translation>
    </message>
    <message>
        <source>account</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>regio</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <source>fixed price</source>
        <translation>vaste prijs</translation>
    </message>
    <message>
        <source>percent discount</source>
        <translation>procentuele korting</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>fixed percentage</source>
        <translation>vast percentage</translation>
    </message>
    <message>
        <source>whole-volume tiers</source>
        <translation>staffel over het hele volume</translation>
    </message>
    <message>
        <source>banded tiers</source>
        <translation>schijvenstaffel</translation>
    </message>
    <message>
        <source>sell-in</source>
        <translation>inkoop</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>uitlevering</translation>
    </message>
    <message>
        <source>sell-out</source>
        <translation>eindverkoop</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>voorraad</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>gelijkmatig</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>zoals de verkopen van vorig jaar</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>naar gewichten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account kind; use one of: %2</source>
        <translation>&quot;%1&quot; is geen soort klant; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation>&quot;%1&quot; is geen kanaal; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of: %2</source>
        <translation>&quot;%1&quot; is geen klasse; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMU role; use one of: %2</source>
        <translation>&quot;%1&quot; is geen rol; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attitude; use one of: %2</source>
        <translation>&quot;%1&quot; is geen houding; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; use one of: %2</source>
        <translation>&quot;%1&quot; is geen bereik; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule kind; use one of: %2 (or leave it empty: the list price stands)</source>
        <translation>&quot;%1&quot; is geen soort prijsregel; gebruik een van: %2 (of laat het leeg: de lijstprijs blijft gelden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rebate kind; use one of: %2</source>
        <translation>&quot;%1&quot; is geen soort bonusregeling; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure; use one of: %2</source>
        <translation>&quot;%1&quot; is geen meetwaarde; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a breakdown method; use one of: %2</source>
        <translation>&quot;%1&quot; is geen verdeelmethode; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can mean %2; write the one you mean as listed: %3</source>
        <translation>&quot;%1&quot; kan %2 betekenen; schrijf de bedoelde waarde zoals vermeld: %3</translation>
    </message>
    <message>
        <source>global</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <source>%1 scope %2 does not cover account %3</source>
        <translation>bereik %1 %2 omvat klant %3 niet</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categorie %1</translation>
    </message>
    <message>
        <source>for %1, not %2</source>
        <translation>voor %1, niet voor %2</translation>
    </message>
    <message>
        <source>outside validity %1</source>
        <translation>buiten de geldigheid %1</translation>
    </message>
    <message>
        <source>currency %1 is not %2</source>
        <translation>valuta %1 is niet %2</translation>
    </message>
    <message>
        <source>cannot convert unit %1 to %2</source>
        <translation>eenheid %1 kan niet worden omgerekend naar %2</translation>
    </message>
    <message>
        <source>min qty %1 &gt; %2</source>
        <translation>min. aantal %1 &gt; %2</translation>
    </message>
    <message>
        <source>base rule %1 not found</source>
        <translation>basisbeleid %1 niet gevonden</translation>
    </message>
    <message>
        <source>base rule %1 does not apply: %2</source>
        <translation>basisbeleid %1 is niet van toepassing: %2</translation>
    </message>
    <message>
        <source>less specific than %1</source>
        <translation>minder specifiek dan %1</translation>
    </message>
    <message>
        <source>lower min qty break than %1</source>
        <translation>lagere staffel dan %1</translation>
    </message>
    <message>
        <source>same rank as %1; tie broken by rule id</source>
        <translation>zelfde rang als %1; beslist op beleidscode</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) overlap for the same scope</source>
        <translation>%1 (%2) en %3 (%4) overlappen voor hetzelfde bereik</translation>
    </message>
    <message>
        <source>%1 never fires: shadowed by %2 (same scope, window covers it)</source>
        <translation>%1 wordt nooit toegepast: overschaduwd door %2 (zelfde bereik, geldigheid omvat die)</translation>
    </message>
    <message>
        <source>%1 never fires: valid_to &lt; valid_from</source>
        <translation>%1 wordt nooit toegepast: de einddatum ligt vóór de begindatum</translation>
    </message>
    <message>
        <source>%1 is based on %2, which does not exist</source>
        <translation>%1 is gebaseerd op %2, dat niet bestaat</translation>
    </message>
    <message>
        <source>%1 is based on %2, which expired on %3</source>
        <translation>%1 is gebaseerd op %2, dat op %3 is verlopen</translation>
    </message>
    <message>
        <source>price rules refer to each other in a loop: %1</source>
        <translation>prijsregels verwijzen in een kring naar elkaar: %1</translation>
    </message>
    <message>
        <source>A day off must end on or after its first day.</source>
        <translation>Een vrije periode moet op of na de eerste dag eindigen.</translation>
    </message>
    <message>
        <source>Enter days off of at most a year at a time.</source>
        <translation>Voer vrije dagen in van hoogstens een jaar per keer.</translation>
    </message>
    <message>
        <source>Keep the note to 60 characters.</source>
        <translation>Houd de notitie op maximaal 60 tekens.</translation>
    </message>
    <message>
        <source>Enter the start as a latitude and a longitude, e.g. 10.7769, 106.7009.</source>
        <translation>Voer het vertrekpunt in als breedtegraad en lengtegraad, bijv. 10.7769, 106.7009.</translation>
    </message>
    <message>
        <source>A latitude is from -90 to 90 and a longitude from -180 to 180.</source>
        <translation>Een breedtegraad ligt tussen -90 en 90 en een lengtegraad tussen -180 en 180.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>De werkdag moet eindigen nadat hij begint.</translation>
    </message>
    <message>
        <source>The lunch break must end after it starts.</source>
        <translation>De lunchpauze moet eindigen nadat hij begint.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Kies ten minste één werkdag.</translation>
    </message>
    <message>
        <source>Plan 1 to 20 visits a day at most.</source>
        <translation>Plan maximaal 1 tot 20 bezoeken per dag.</translation>
    </message>
    <message>
        <source>The average travel speed must be 5 to 130 km/h.</source>
        <translation>De gemiddelde reissnelheid moet 5 tot 130 km/h zijn.</translation>
    </message>
    <message>
        <source>“%1” is not a day off: write a day as %2, or days as %3.</source>
        <translation>“%1” is geen vrije dag: schrijf een dag als %2, of dagen als %3.</translation>
    </message>
    <message>
        <source>No public holidays are known for the country %1: give its two-letter code (NL, VN, CN…).</source>
        <translation>Voor het land %1 zijn geen feestdagen bekend: geef de landcode van twee letters (NL, VN, CN…).</translation>
    </message>
    <message>
        <source>%1 has no region %2 (it has: %3).</source>
        <translation>%1 heeft geen regio %2 (wel: %3).</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>verp.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>%1 · %2: %4 %5 from %3 on (%6) is more than %7 %5 below %3 (%8): a bigger order pays more per unit</source>
        <translation>%1 · %2: %4 %5 vanaf %3 (%6) is meer dan %7 %5 onder %3 (%8): een grotere bestelling betaalt meer per eenheid</translation>
    </message>
    <message>
        <source>The terms are incomplete: %1.</source>
        <translation>De voorwaarden zijn onvolledig: %1.</translation>
    </message>
    <message>
        <source>The account %1 has no active rebate agreement.</source>
        <translation>Klant %1 heeft geen actieve bonusovereenkomst.</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 the list price stands.</source>
        <translation>Regel %1 (%2): prijsbeleid %3 is in %4, dus in %5 geldt de lijstprijs.</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 policy %6 prices it.</source>
        <translation>Regel %1 (%2): prijsbeleid %3 is in %4, dus in %5 bepaalt prijsbeleid %6 de prijs.</translation>
    </message>
    <message>
        <source>%1 was not imported: the backup to take before replacing figures could not be made (%2). Nothing was written.</source>
        <translation>%1 is niet geïmporteerd: de back-up die vóór het vervangen van cijfers nodig is, kon niet worden gemaakt (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1: %2 row</source>
        <translation>%1: %2 rij</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rijen</translation>
    </message>
    <message>
        <source>%1: %2 row (line %3)</source>
        <translation>%1: %2 rij (regel %3)</translation>
    </message>
    <message>
        <source>%1: %2 rows (line %3)</source>
        <translation>%1: %2 rijen (regel %3)</translation>
    </message>
    <message>
        <source>%1: %2 rows (lines %3)</source>
        <translation>%1: %2 rijen (regels %3)</translation>
    </message>
    <message>
        <source>this row is in %1, which holds only %2 of the file&apos;s %3 rows (%4 holds %5): is its date mistyped? Importing it would replace %1&apos;s figures of the file&apos;s accounts</source>
        <translation>deze rij valt in %1, dat maar %2 van de %3 rijen van het bestand bevat (%4 bevat er %5): is de datum verkeerd getypt? Importeren zou de cijfers van %1 van de klanten in het bestand vervangen</translation>
    </message>
    <message>
        <source>this row is in %1, outside the months named for this import (%2)</source>
        <translation>deze rij valt in %1, buiten de maanden die voor deze import zijn genoemd (%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The file&apos;s rows by month: %1.</source>
        <translation>De rijen van het bestand per maand: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account of its accounts&apos; territories, not only for the accounts in the file.</source>
        <translation>De meetwaarden van het bestand zijn in zijn maanden vervangen voor elke klant in de regio&apos;s van zijn klanten, niet alleen voor de klanten in het bestand.</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account, not only for the accounts in the file.</source>
        <translation>De meetwaarden van het bestand zijn in zijn maanden vervangen voor elke klant, niet alleen voor de klanten in het bestand.</translation>
    </message>
    <message>
        <source>There is no account with code “%1” to start from.</source>
        <translation>Er is geen klant met nummer “%1” om vanaf te vertrekken.</translation>
    </message>
    <message>
        <source>%1 has no coordinates: the day cannot start there.</source>
        <translation>%1 heeft geen coördinaten: de dag kan daar niet beginnen.</translation>
    </message>
    <message>
        <source>this column is read as the amount, but its header names a quantity: its numbers would be booked as money</source>
        <translation>deze kolom wordt als bedrag gelezen, maar de kop noemt een aantal: de getallen zouden als geld worden geboekt</translation>
    </message>
    <message>
        <source>this column is read as the amount, but on every row it holds the same number as the quantity (column &quot;%1&quot;): is a quantity read as the amount?</source>
        <translation>deze kolom wordt als bedrag gelezen, maar staat op elke rij gelijk aan het aantal (kolom &quot;%1&quot;): wordt er een aantal als bedrag gelezen?</translation>
    </message>
    <message>
        <source>The database cannot be reached just now; what you type is kept.</source>
        <translation>De database is nu niet bereikbaar; wat u typt blijft bewaard.</translation>
    </message>
    <message>
        <source>The team database on %1 cannot be reached; check the network or ask the administrator. Your work is kept.</source>
        <translation>De teamdatabase op %1 is niet bereikbaar; controleer het netwerk of vraag het de beheerder. Uw werk blijft bewaard.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened; check that its drive or network share is connected. Your work is kept.</source>
        <translation>Het databasebestand %1 kan niet worden geopend; controleer of de schijf of netwerkshare verbonden is. Uw werk blijft bewaard.</translation>
    </message>
    <message>
        <source>The team database on %1 refused the password for user %2.</source>
        <translation>De teamdatabase op %1 weigerde het wachtwoord van gebruiker %2.</translation>
    </message>
    <message>
        <source>The team database on %1 asks for the password of user %2, and no password is stored for it.</source>
        <translation>De teamdatabase op %1 vraagt om het wachtwoord van gebruiker %2, en er is geen wachtwoord voor opgeslagen.</translation>
    </message>
    <message>
        <source>The team database on %1 does not let user %2 in; ask the administrator to give this user access.</source>
        <translation>De teamdatabase op %1 laat gebruiker %2 niet toe; vraag de beheerder deze gebruiker toegang te geven.</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 would never price anything. Shorten %1, or make %3 more specific.</source>
        <translation>%1 prijst dezelfde klanten en producten %2 en wint (zelfde niveau, oudere code): %3 zou nooit iets prijzen. Verkort %1, of maak %3 specifieker.</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 prices only outside those days. Shorten one of them, or make %3 more specific.</source>
        <translation>%1 prijst dezelfde klanten en producten %2 en wint (zelfde niveau, oudere code): %3 prijst alleen buiten die dagen. Verkort een van beide, of maak %3 specifieker.</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 would never price anything again. Shorten one of them.</source>
        <translation>%1 neemt %2 over van %3 (zelfde niveau, oudere code): %3 zou nooit meer iets prijzen. Verkort een van beide.</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 stops pricing on those days. Shorten one of them.</source>
        <translation>%1 neemt %2 over van %3 (zelfde niveau, oudere code): %3 prijst op die dagen niet meer. Verkort een van beide.</translation>
    </message>
    <message>
        <source>Save again to keep it as it is.</source>
        <translation>Sla opnieuw op om het zo te houden.</translation>
    </message>
    <message>
        <source>Approve it anyway: I know it will never price anything</source>
        <translation>Toch goedkeuren: ik weet dat het nooit iets prijst</translation>
    </message>
    <message>
        <source>You submitted %1 yourself: say who approved it (for example the sales director, by phone). An approval is someone else&apos;s decision.</source>
        <translation>U hebt %1 zelf ingediend: zeg wie het heeft goedgekeurd (bijvoorbeeld de verkoopdirecteur, telefonisch). Een goedkeuring is de beslissing van een ander.</translation>
    </message>
    <message>
        <source>%1 is active and stays in the register: only a draft that was never submitted can be deleted. To end it, terminate it (Terminate…).</source>
        <translation>%1 is actief en blijft in het register: alleen een concept dat nooit is ingediend kan worden verwijderd. Beëindig het om het te stoppen (Beëindigen…).</translation>
    </message>
    <message>
        <source>%1 is %2 and stays in the register with its history: only a draft that was never submitted can be deleted.</source>
        <translation>%1 is %2 en blijft met zijn geschiedenis in het register: alleen een concept dat nooit is ingediend kan worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 was submitted for approval before and stays in the register with its history: correct it and submit it again, or leave it as a draft.</source>
        <translation>%1 is eerder ter goedkeuring ingediend en blijft met zijn geschiedenis in het register: corrigeer het en dien het opnieuw in, of laat het als concept staan.</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>(verwijderde klant)</translation>
    </message>
    <message>
        <source>(deleted territory)</source>
        <translation>(verwijderde regio)</translation>
    </message>
    <message>
        <source>(deleted product)</source>
        <translation>(verwijderd product)</translation>
    </message>
    <message>
        <source>(deleted price policy)</source>
        <translation>(verwijderd prijsbeleid)</translation>
    </message>
    <message>
        <source>(deleted contact)</source>
        <translation>(verwijderde contactpersoon)</translation>
    </message>
    <message>
        <source>(deleted quote)</source>
        <translation>(verwijderde offerte)</translation>
    </message>
    <message>
        <source>(deleted issue)</source>
        <translation>(verwijderd probleem)</translation>
    </message>
    <message>
        <source>install a font that has them (Windows&apos; SimSun-ExtB and MingLiU-ExtB have most rare Chinese characters)</source>
        <translation>installeer een lettertype dat ze bevat (SimSun-ExtB en MingLiU-ExtB van Windows bevatten de meeste zeldzame Chinese tekens)</translation>
    </message>
    <message>
        <source>install a font that has them (open the font file with Font Book)</source>
        <translation>installeer een lettertype dat ze bevat (open het lettertypebestand met Lettertypecatalogus)</translation>
    </message>
    <message>
        <source>install a font that has them (the fonts-hanazono package has most rare Chinese characters)</source>
        <translation>installeer een lettertype dat ze bevat (het pakket fonts-hanazono bevat de meeste zeldzame Chinese tekens)</translation>
    </message>
    <message>
        <source>These characters could not be printed with the fonts on this computer and show as □ in the PDF: %1. To print them, %2, or set %3 to a font file that has them.</source>
        <translation>Deze tekens konden niet worden afgedrukt met de lettertypen op deze computer en staan als □ in de PDF: %1. Om ze af te drukken: %2, of stel %3 in op een lettertypebestand dat ze bevat.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>het bestand heeft geen kolom met bedragen, dus de bedragen van de cijfers die het vervangt zouden 0 worden (%1; in totaal %2). Niet gelezen kolommen: %3</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>het bestand heeft geen kolom met bedragen, dus de bedragen van de cijfers die het vervangt zouden 0 worden (%1; in totaal %2)</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>het bestand heeft geen kolom met aantallen, dus de aantallen van de cijfers die het vervangt zouden 0 worden (%1; in totaal %2). Niet gelezen kolommen: %3</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>het bestand heeft geen kolom met aantallen, dus de aantallen van de cijfers die het vervangt zouden 0 worden (%1; in totaal %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the amount, so every amount would be 0; map that column to the amount</source>
        <translation>de kolom &quot;%1&quot; bevat getallen (%2), maar geen kolom wordt als het bedrag gelezen, dus elk bedrag zou 0 worden; koppel die kolom aan het bedrag</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the quantity, so every quantity would be 0; map that column to the quantity</source>
        <translation>de kolom &quot;%1&quot; bevat getallen (%2), maar geen kolom wordt als het aantal gelezen, dus elk aantal zou 0 worden; koppel die kolom aan het aantal</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not undone.</source>
        <translation>%1 heeft %2 sindsdien gewijzigd; uw wijziging is niet ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not undone.</source>
        <translation>%1 is sindsdien gewijzigd; uw wijziging is niet ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not redone.</source>
        <translation>%1 heeft %2 sindsdien gewijzigd; uw wijziging is niet opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not redone.</source>
        <translation>%1 is sindsdien gewijzigd; uw wijziging is niet opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <source>%1 saved a change to %2 at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 heeft op hetzelfde moment een wijziging in %2 opgeslagen; uw wijziging is niet opgeslagen. Bekijk het opnieuw en herhaal uw wijziging.</translation>
    </message>
    <message>
        <source>%1 was changed at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 is op hetzelfde moment door iemand anders gewijzigd; uw wijziging is niet opgeslagen. Bekijk het opnieuw en herhaal uw wijziging.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>dit record</translation>
    </message>
    <message>
        <source>the visit to %1 on %2</source>
        <translation>het bezoek aan %1 op %2</translation>
    </message>
    <message>
        <source>cannot be reached in time from %1: %2 drive, %3 between</source>
        <translation>niet op tijd te halen vanaf %1: %2 rijden, %3 ertussen</translation>
    </message>
    <message>
        <source>%1 account, none with a manager named on its territory</source>
        <translation>%1 klant, zonder manager in zijn regio</translation>
    </message>
    <message>
        <source>%1 accounts, none with a manager named on their territories</source>
        <translation>%1 klanten, geen enkele met een manager in hun regio</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1 (%2) telt ook de inkoop van %3 en de klanten eronder van %4 tot en met %5: dezelfde inkoop zou twee bonussen opleveren.</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the %6 sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1 (%2) telt ook de inkoop %6 van %3 en de klanten eronder van %4 tot en met %5: dezelfde inkoop zou twee bonussen opleveren.</translation>
    </message>
</context>
<context>
    <name>planActual</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lopend jaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>Klanthiërarchie</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
</context>
<context>
    <name>planColumns</name>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
</context>
<context>
    <name>planMonths</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>Versch. %</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>T.o.v. plan</translation>
    </message>
</context>
<context>
    <name>planTree</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>Versch. %</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>T.o.v. plan</translation>
    </message>
    <message>
        <source>Sell-out / week</source>
        <translation>Eindverkoop / week</translation>
    </message>
    <message>
        <source>Turnover days</source>
        <translation>Omloopdagen</translation>
    </message>
    <message>
        <source>Weeks of cover</source>
        <translation>Weken voorraad</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Sell-out
per week</source>
        <translation>Eindverkoop
per week</translation>
    </message>
    <message>
        <source>Turnover
(days)</source>
        <translation>Omloop
(dagen)</translation>
    </message>
    <message>
        <source>Cover
(weeks)</source>
        <translation>Voorraad
(weken)</translation>
    </message>
    <message>
        <source>Variance: actual − target</source>
        <translation>Verschil: realisatie − doel</translation>
    </message>
    <message>
        <source>Variance %: (actual − target) ÷ target</source>
        <translation>Verschil %: (realisatie − doel) ÷ doel</translation>
    </message>
    <message>
        <source>Sell-out per week: units sold to end customers ÷ weeks in the period</source>
        <translation>Eindverkoop per week: aan eindklanten verkochte stuks ÷ weken in de periode</translation>
    </message>
    <message>
        <source>Turnover days: closing stock ÷ average daily outbound (how many days the stock lasts at this pace of shipping)</source>
        <translation>Omloopdagen: eindvoorraad ÷ gemiddelde uitlevering per dag (hoeveel dagen de voorraad in dit uitleveringstempo meegaat)</translation>
    </message>
    <message>
        <source>Weeks of cover: closing stock ÷ weekly sell-out (outbound where no sell-out is reported)</source>
        <translation>Weken voorraad: eindvoorraad ÷ eindverkoop per week (uitlevering waar geen eindverkoop wordt gemeld)</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>Achter op plan</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Op plan</translation>
    </message>
    <message>
        <source>Ahead of plan</source>
        <translation>Voor op plan</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
    <message>
        <source>Behind (from below)</source>
        <translation>Achter (van onderaf)</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitlevering</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Eindverkoop</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Stock check</source>
        <translation>Voorraadcontrole</translation>
    </message>
    <message>
        <source>Low cover</source>
        <translation>Te weinig voorraad</translation>
    </message>
    <message>
        <source>Slow-moving</source>
        <translation>Traag lopend</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>Binnen de grenzen</translation>
    </message>
    <message>
        <source>Stock on hand: each account&apos;s last stock count in the period, with all below it</source>
        <translation>Voorraad: de laatste voorraadtelling van elke klant in de periode, met alles eronder</translation>
    </message>
    <message>
        <source>Low cover: less stock than the weeks of cover wanted; slow-moving: stock lasting longer than the turnover days allowed</source>
        <translation>Te weinig voorraad: minder voorraad dan de gewenste weken; traag lopend: voorraad die langer meegaat dan de toegestane omloopdagen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Actie ondernomen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>%1 %2 below plan at %3</source>
        <translation>%1 %2 onder plan bij %3</translation>
    </message>
    <message>
        <source>%1 %2 above plan at %3</source>
        <translation>%1 %2 boven plan bij %3</translation>
    </message>
    <message>
        <source>Only %2 weeks of stock cover at %3</source>
        <translation>Slechts %2 weken voorraad bij %3</translation>
    </message>
    <message>
        <source>Stock at %3 lasts %2 days at this pace of shipping</source>
        <translation>De voorraad bij %3 is in dit uitleveringstempo genoeg voor %2 dagen</translation>
    </message>
    <message>
        <source>One account below is behind plan: %1 %2</source>
        <translation>Eén klant hieronder loopt achter op plan: %1 %2</translation>
    </message>
    <message>
        <source>%1 accounts below are behind plan; furthest behind: %2 %3</source>
        <translation>%1 klanten hieronder lopen achter op plan; het verst achter: %2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 behind below</source>
        <translation>%1 · %2 onderliggende achter</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>(geen regio)</translation>
    </message>
    <message>
        <source>No target of its own: its target is the sum of the targets below it.</source>
        <translation>Geen eigen doel: het doel is de som van de doelen eronder.</translation>
    </message>
</context>
<context>
    <name>price_check</name>
    <message>
        <source>fired</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>voorrang aan een ander</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lijstprijs %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>kostprijs %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>korting %1</translation>
    </message>
    <message>
        <source>markup %1</source>
        <translation>opslag %1</translation>
    </message>
    <message>
        <source>Guard rails: %1</source>
        <translation>Prijsgrenzen: %1</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>Bekeken prijsbeleid:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>No products in the catalogue yet. Load the price list (acct-desktop import products FILE) to see what this account buys and what not.</source>
        <translation>Nog geen producten in de catalogus. Laad de prijslijst (acct-desktop import products BESTAND) om te zien wat deze klant wel en niet koopt.</translation>
    </message>
    <message>
        <source>No contacts yet. Add one on the contact map (Ctrl+N there), or drop a .vcf file on the window.</source>
        <translation>Nog geen contactpersonen. Voeg er een toe op de contactenkaart (Ctrl+N daar), of sleep een .vcf-bestand op het venster.</translation>
    </message>
    <message>
        <source>No visits yet. Plan one in the visit calendar: double-click a free time.</source>
        <translation>Nog geen bezoeken. Plan er een in de bezoekagenda: dubbelklik op een vrij moment.</translation>
    </message>
    <message>
        <source>No price policy applies to this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>Er geldt geen prijsbeleid voor deze klant. Voer het in onder Prijsbeleid en bonussen (Nieuw, Ctrl+N).</translation>
    </message>
    <message>
        <source>No rebate agreement for this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>Geen bonusafspraak voor deze klant. Voer er een in onder Prijsbeleid en bonussen (Nieuw, Ctrl+N).</translation>
    </message>
    <message>
        <source>No quotes for this account yet. Start one in the quote builder (New quote, Ctrl+N).</source>
        <translation>Nog geen offertes voor deze klant. Begin er een in de offertemaker (Nieuwe offerte, Ctrl+N).</translation>
    </message>
    <message>
        <source>The account buys every product in the catalogue.</source>
        <translation>Deze klant koopt elk product uit de catalogus.</translation>
    </message>
    <message>
        <source>No competitor observations at this account yet. Note them in a visit report, under Competitors seen.</source>
        <translation>Nog geen concurrentiewaarnemingen bij deze klant. Noteer ze in een bezoekverslag, onder Waargenomen concurrenten.</translation>
    </message>
</context>
<context>
    <name>quoteLines</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Lijstprijs</translation>
    </message>
    <message>
        <source>Policy price</source>
        <translation>Beleidsprijs</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Korting %</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettoprijs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Opslag %</translation>
    </message>
    <message>
        <source>Markup over cost, (net price − cost) / cost, after all discounts — never printed</source>
        <translation>Opslag op kostprijs: (nettoprijs − kostprijs) / kostprijs, na alle kortingen — wordt nooit afgedrukt</translation>
    </message>
    <message>
        <source>Not saved yet: the database cannot be reached. It is saved as soon as the database answers.</source>
        <translation>Nog niet opgeslagen: de database is niet bereikbaar. Het wordt opgeslagen zodra de database antwoordt.</translation>
    </message>
    <message>
        <source>✎ removal not saved yet</source>
        <translation>✎ verwijderen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>✎ not saved yet</source>
        <translation>✎ nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2</source>
        <translation>Geprijsd per verpakking van %1: %2</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2 (net %3)</source>
        <translation>Geprijsd per verpakking van %1: %2 (netto %3)</translation>
    </message>
    <message>
        <source>guide %1</source>
        <translation>richtprijs %1</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation>bodemprijs %1</translation>
    </message>
    <message>
        <source>min. markup %1</source>
        <translation>min. opslag %1</translation>
    </message>
    <message>
        <source>discount band 0–%1 off list</source>
        <translation>kortingsband 0–%1 op lijstprijs</translation>
    </message>
    <message>
        <source>approval over %1 off list</source>
        <translation>goedkeuring boven %1 op lijstprijs</translation>
    </message>
    <message>
        <source>no guard rails (below cost is flagged)</source>
        <translation>geen prijsgrenzen (onder kostprijs wordt gemarkeerd)</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Beleidscontrole</translation>
    </message>
    <message>
        <source>The price the price-policy register gives this account (Ctrl+B: why)</source>
        <translation>De prijs die het prijsbeleidsregister voor deze klant geeft (Ctrl+B: waarom)</translation>
    </message>
    <message>
        <source>Your cost per unit — never printed</source>
        <translation>Uw kostprijs per eenheid — wordt nooit afgedrukt</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>De eenheid is pack, L of kg.</translation>
    </message>
    <message>
        <source>◷ price ends %1</source>
        <translation>◷ prijs eindigt %1</translation>
    </message>
    <message>
        <source>→ earliest %1</source>
        <translation>→ op zijn vroegst %1</translation>
    </message>
    <message>
        <source>✓ within policy</source>
        <translation>✓ binnen het prijsbeleid</translation>
    </message>
    <message>
        <source>Policy %1&apos;s price ends %2; the quote is valid to %3.</source>
        <translation>De prijs van prijsbeleid %1 eindigt op %2; de offerte is geldig tot %3.</translation>
    </message>
    <message>
        <source>Lead time %1 days: cannot be delivered by the requested date.</source>
        <translation>Levertijd %1 dagen: niet te leveren op de gevraagde datum.</translation>
    </message>
    <message>
        <source>Needs a recorded approval before the quote can be sent.</source>
        <translation>Vereist een vastgelegde goedkeuring voordat de offerte kan worden verzonden.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Prijsbeleid %1</translation>
    </message>
    <message>
        <source>Policy %1, valid to %2</source>
        <translation>Prijsbeleid %1, geldig tot %2</translation>
    </message>
    <message>
        <source>No policy applies: the list price stands.</source>
        <translation>Geen prijsbeleid van toepassing: de catalogusprijs geldt.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Klanten zoeken op naam of nummer</translation>
    </message>
</context>
<context>
    <name>relationshipMap</name>
    <message>
        <source>manages</source>
        <translation>is leidinggevende van</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>Decision makers: %1 · Blockers: %2</source>
        <translation>Beslissers: %1 · Blokkeerders: %2</translation>
    </message>
    <message>
        <source>Double-click to show them</source>
        <translation>Dubbelklik om ze te tonen</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>label</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>district</source>
        <translation>stadsdeel</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
</context>
<context>
    <name>targetGrid</name>
    <message>
        <source>Account / territory</source>
        <translation>Klant / regio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitlevering</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Eindverkoop</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>Editing the year breaks it down again with the chosen method</source>
        <translation>Het jaar wijzigen verdeelt het opnieuw met de gekozen methode</translation>
    </message>
    <message>
        <source>Editing a quarter scales its months in proportion</source>
        <translation>Een kwartaal wijzigen past de maanden naar verhouding aan</translation>
    </message>
    <message>
        <source>Editing a month changes its quarter and the year</source>
        <translation>Een maand wijzigen verandert ook het kwartaal en het jaar</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <source>evenly</source>
        <translation>gelijkmatig</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>zoals de verkopen van vorig jaar</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>naar gewichten</translation>
    </message>
</context>
</TS>
