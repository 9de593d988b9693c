<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <comment>Line</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>Reasons</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>AccessHolderDialog</name>
    <message>
        <source>Access to personal data</source>
        <translation>Tillgång till personuppgifter</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Vem har tillgång till personuppgifter</translation>
    </message>
    <message>
        <source>Everyone who processes personal data on your behalf signs a confidentiality undertaking and is briefed before getting access (GDPR Art 29 and 32(4)).</source>
        <translation>Var och en som behandlar personuppgifter för din räkning undertecknar en tystnadsförbindelse och får introduktion innan hen får tillgång (dataskyddsförordningen artikel 29 och 32.4).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <source>Re&amp;gisters they can reach:</source>
        <translation>Re&amp;gister hen har tillgång till:</translation>
    </message>
    <message>
        <source>Other &amp;access (e-mail, paper files…):</source>
        <translation>Annan &amp;tillgång (e-post, pappershandlingar…):</translation>
    </message>
    <message>
        <source>&amp;Undertaking signed on:</source>
        <translation>Tystnads&amp;förbindelse undertecknad:</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Undertecknat exemplar:</translation>
    </message>
    <message>
        <source>&amp;Briefed on:</source>
        <translation>&amp;Introduktion given:</translation>
    </message>
    <message>
        <source>Access &amp;from:</source>
        <translation>Tillgång f&amp;rån:</translation>
    </message>
    <message>
        <source>Access un&amp;til:</source>
        <translation>Tillgång ti&amp;ll:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>The signed undertaking, scanned or as a PDF</source>
        <translation>Den undertecknade förbindelsen, skannad eller som PDF</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Choose the signed copy</source>
        <translation>Välj det undertecknade exemplaret</translation>
    </message>
    <message>
        <source>Choose the signed undertaking</source>
        <translation>Välj den undertecknade förbindelsen</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>AccessListDialog</name>
    <message>
        <source>Access list</source>
        <translation>Förteckning över behöriga</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Vem har tillgång till personuppgifter</translation>
    </message>
    <message>
        <source>Keep here everyone who can reach the registers: you, a helper, the accounting firm, IT support. Print the confidentiality undertaking, have it signed and attach the signed copy.</source>
        <translation>För här in alla som har tillgång till registren: du själv, en medhjälpare, bokföringsbyrån, IT-stödet. Skriv ut tystnadsförbindelsen, låt den undertecknas och bifoga det undertecknade exemplaret.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Print undertaking…</source>
        <translation>Skriv &amp;ut förbindelse…</translation>
    </message>
    <message>
        <source>The form for the chosen person, or a blank one when nobody is chosen</source>
        <translation>Blanketten för den valda personen, eller en tom blankett när ingen är vald</translation>
    </message>
    <message>
        <source>&amp;Save signed copy…</source>
        <translation>Spara undertecknat e&amp;xemplar…</translation>
    </message>
    <message>
        <source>No undertaking or briefing recorded for: %1</source>
        <translation>Ingen tystnadsförbindelse eller introduktion antecknad för: %1</translation>
    </message>
    <message>
        <source>Remove from the access list</source>
        <translation>Ta bort ur förteckningen över behöriga</translation>
    </message>
    <message>
        <source>Remove %1 and the archived undertaking? Only for an entry made by mistake: when access ends, set the last day instead, so the list still shows who could reach what.</source>
        <translation>Ta bort %1 och den arkiverade förbindelsen? Endast för en anteckning som gjorts av misstag: när tillgången upphör, ange i stället sista dagen, så att förteckningen fortfarande visar vem som hade tillgång till vad.</translation>
    </message>
    <message>
        <source>Save the signed copy</source>
        <translation>Spara det undertecknade exemplaret</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medhjälpare</translation>
    </message>
    <message>
        <source>Accounting firm</source>
        <translation>Bokföringsbyrå</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-stöd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Förbindelse</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>Tillgång till</translation>
    </message>
</context>
<context>
    <name>ActionButtons</name>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Markera som skickat…</translation>
    </message>
    <message>
        <source>Record how and when the answer went to the person: this completes the request</source>
        <translation>Anteckna hur och när svaret gick till personen: först då är begäran behandlad</translation>
    </message>
    <message>
        <source>Draft an &amp;e-mail</source>
        <translation>Skriv &amp;e-post</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bekräfta mottagandet…</translation>
    </message>
    <message>
        <source>Confirm receipt and tell the due date</source>
        <translation>Bekräfta att begäran tagits emot och meddela sista dagen</translation>
    </message>
    <message>
        <source>Ask for &amp;identity…</source>
        <translation>Be&amp;gär identitetsbevis…</translation>
    </message>
    <message>
        <source>Identity &amp;received</source>
        <translation>Identiteten st&amp;yrkt</translation>
    </message>
    <message>
        <source>Identity faile&amp;d</source>
        <translation>Identiteten &amp;kunde inte styrkas</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>För&amp;läng…</translation>
    </message>
    <message>
        <source>Two more months, with a reason (Art 12(3))</source>
        <translation>Två månader till, med motivering (art. 12.3)</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>Avsl&amp;å…</translation>
    </message>
    <message>
        <source>Refuse or take no action, with a reason (Art 12(4))</source>
        <translation>Avslå eller vidta inga åtgärder, med motivering (art. 12.4)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>Återtage&amp;n…</translation>
    </message>
    <message>
        <source>The person has withdrawn the request</source>
        <translation>Personen har återtagit sin begäran</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;page…</source>
        <translation>&amp;Personens sida…</translation>
    </message>
    <message>
        <source>Write an e-mail with the answer attached and open it in your mail program; send it there, then mark the request sent</source>
        <translation>Skriver ett e-postmeddelande med svaret som bilaga och öppnar det i ditt e-postprogram. Skicka det där och markera sedan begäran som skickad</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Väntar på identitetsbevis</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>Signera &amp;digitalt</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letter by e-mail</source>
        <translation>Signera med din signeringsnyckel för att skicka brevet per e-post</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign letters digitally</source>
        <translation>Skapa eller importera en signeringsnyckel i inställningarna för att signera brev digitalt</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Signeringsnyckelns lösenfras</translation>
    </message>
    <message>
        <source>The register has no postal address for this person: a letter for posting cannot be addressed.</source>
        <translation>Registret har ingen postadress för den här personen: ett brev för postning kan inte adresseras.</translation>
    </message>
    <message>
        <source>The register has no postal address or e-mail address for this person: add one on the person&apos;s page, or hand the letter over in person.</source>
        <translation>Registret har varken postadress eller e-postadress för den här personen: lägg till en på personens sida eller överlämna brevet personligen.</translation>
    </message>
    <message>
        <source>Make it for &amp;e-mail: addressed to the e-mail address</source>
        <translation>Gör det för &amp;e-post: adresserat till e-postadressen</translation>
    </message>
    <message>
        <source>Give the reason: the letter states it.</source>
        <translation>Ange skälet: det anges i brevet.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Skriv lösenfrasen för din signeringsnyckel.</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation>Dataskyddsbeskrivningar</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <source>Access reports</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Request logs</source>
        <translation>Förteckningar över begäranden</translation>
    </message>
    <message>
        <source>Legitimate interest assessments</source>
        <translation>Bedömningar av berättigat intresse</translation>
    </message>
    <message>
        <source>Data protection impact assessments</source>
        <translation>Konsekvensbedömningar</translation>
    </message>
    <message>
        <source>Security reviews</source>
        <translation>Årliga säkerhetsgranskningar</translation>
    </message>
    <message>
        <source>Retention erasure runs</source>
        <translation>Raderingskörningar</translation>
    </message>
    <message>
        <source>Data protection policies</source>
        <translation>Dataskyddspolicyer</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover pages</source>
        <translation>Tillsynsmappars försättsblad</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Arkiverade dokument</translation>
    </message>
    <message>
        <source>No documents here yet. Every document you make is kept here, so earlier versions can always be opened again.</source>
        <translation>Inga dokument ännu. Varje dokument du skapar sparas här, så att tidigare versioner alltid kan öppnas igen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Check si&amp;gnature</source>
        <translation>K&amp;ontrollera signaturen</translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Förteckning över begäranden</translation>
    </message>
    <message>
        <source>Breach report</source>
        <translation>Incidentrapport</translation>
    </message>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Bedömning av berättigat intresse</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Konsekvensbedömning avseende dataskydd</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Årlig säkerhetsgranskning</translation>
    </message>
    <message>
        <source>Retention erasure run</source>
        <translation>Raderingskörning</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Sammanställning av samtycken</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Tystnadsförbindelse</translation>
    </message>
    <message>
        <source>Data protection policy</source>
        <translation>Dataskyddspolicy</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover page</source>
        <translation>Tillsynsmappens försättsblad</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>S&amp;para som…</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Bifoga en &amp;fil…</translation>
    </message>
    <message>
        <source>Keep a scanned letter or a saved e-mail with the request</source>
        <translation>Spara ett skannat brev eller ett sparat e-postmeddelande med begäran</translation>
    </message>
    <message>
        <source>Attached originals</source>
        <translation>Bifogade original</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Spara originalet</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Bifoga originalet</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad: %1.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Det går inte att spara</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>posten har ändrats efter att den fördes in</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>föregående posts kontrollsumma som sparats i den har ändrats</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>en post före den saknas (borttagen eller ersatt)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>posternas ordning har ändrats</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Händelseloggen är hel: %n post kontrollerad.</numerusform>
            <numerusform>Händelseloggen är hel: %n poster kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3.</source>
        <translation>Händelseloggen har manipulerats: kedjan bryts vid post %1 (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation>
            <numerusform>Den %n posten före den är hel.</numerusform>
            <numerusform>De %n posterna före den är hela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of the chain: %1. Write it down or keep the PDF: checking against it later also shows entries removed from the end (tietosuoja audit verify --head).</source>
        <translation>Kedjans slut: %1. Skriv upp det eller spara PDF-filen: när loggen senare jämförs med det upptäcks även poster som tagits bort från slutet (tietosuoja audit verify --head).</translation>
    </message>
    <message>
        <source>Save the audit log as CSV</source>
        <translation>Spara händelseloggen som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save the audit log as PDF</source>
        <translation>Spara händelseloggen som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Every change to the register is recorded here by time, action and the names of the fields changed, never their values. Each entry carries the hash of the one before it, so an entry changed, removed or moved outside the program is found when you verify the log.</source>
        <translation>Varje ändring i registret antecknas här med tid, åtgärd och namnen på de ändrade fälten, aldrig deras värden. Varje post innehåller kontrollsumman för posten före den, så en post som ändrats, tagits bort eller flyttats utanför programmet upptäcks när du kontrollerar loggen.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;opy head</source>
        <translation>K&amp;opiera kedjans slut</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Händelseloggens poster, nyaste först</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Kontrollsumma</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Företagets uppgifter</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signeringscertifikat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Personuppgiftsincident</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Spärrlista för marknadsföring</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Tillsynsmapp</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demodata tillagd</translation>
    </message>
    <message>
        <source>Personal details removed</source>
        <translation>Personuppgifter borttagna</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Bilaga tillagd</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Anmäld till myndigheten</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>De berörda informerade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Added to the suppression list</source>
        <translation>Tillagd i spärrlistan</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup is damaged and cannot be restored: %1</source>
        <translation>Säkerhetskopian är skadad och kan inte återställas: %1</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Tietosuoja Desktop; update the app to restore it.</source>
        <translation>Säkerhetskopian har gjorts med en nyare version av Tietosuoja Desktop; uppdatera appen för att återställa den.</translation>
    </message>
    <message>
        <source>The file is not a Tietosuoja Desktop register and cannot be restored.</source>
        <translation>Filen är inte ett register från Tietosuoja Desktop och kan inte återställas.</translation>
    </message>
    <message>
        <source>The backup cannot be opened with this register&apos;s passphrase: it is damaged, or encrypted with another passphrase (one used before the passphrase was changed, or another register&apos;s).</source>
        <translation>Säkerhetskopian kan inte öppnas med det här registrets lösenfras: den är skadad eller krypterad med en annan lösenfras (en som användes innan lösenfrasen byttes, eller ett annat registers).</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup: it is another passphrase, or the backup is damaged.</source>
        <translation>Lösenfrasen öppnar inte säkerhetskopian: det är en annan lösenfras, eller så är säkerhetskopian skadad.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups are kept in %1. Copy them to another disk now and then.</source>
        <translation>Säkerhetskopiorna sparas i %1. Kopiera dem till en annan disk då och då.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>S&amp;äkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>&amp;Återställ vald…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Återställ från &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation>&amp;Behåll de nyaste automatiska säkerhetskopiorna:</translation>
    </message>
    <message>
        <source>Backups made on closing, before updates and before restores, of each kind.</source>
        <translation>Säkerhetskopior som görs vid stängning, före uppdateringar och före återställningar, av varje typ.</translation>
    </message>
    <message>
        <source>The backups take %1 in all; %2 is free on that disk.</source>
        <translation>Säkerhetskopiorna tar sammanlagt %1; på disken är %2 ledigt.</translation>
    </message>
    <message>
        <source>The next backup (%1) does not fit: free some space or keep fewer backups.</source>
        <translation>Nästa säkerhetskopia (%1) ryms inte: frigör utrymme eller behåll färre säkerhetskopior.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Det lyckades inte: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopian sparad: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1?

Everything added or changed after it was taken is replaced; the register as it is now is kept as a backup. People erased after the backup was taken are erased again.</source>
        <translation>Ersätta registret med säkerhetskopian %1?

Allt som lagts till eller ändrats efter att den togs ersätts; registret i sitt nuvarande skick sparas som en säkerhetskopia. Personer som raderats efter att säkerhetskopian togs raderas på nytt.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All (*)</source>
        <translation>Säkerhetskopior (*.sqlite);;Alla (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Säkerhetskopians lösenfras</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with another passphrase, one used before it was changed. Type that passphrase to restore it; the register keeps its present passphrase.</source>
        <translation>Säkerhetskopian %1 är krypterad med en annan lösenfras, som användes innan den byttes. Skriv den lösenfrasen för att återställa säkerhetskopian; registret behåller sin nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Återställde %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 personer som raderats efter att säkerhetskopian togs raderades på nytt.</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Registret är skadat</translation>
    </message>
    <message>
        <source>The register file %1 is damaged and cannot be opened.</source>
        <translation>Registerfilen %1 är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>There is no intact backup. The damaged file is left as it is; contact support.</source>
        <translation>Det finns ingen felfri säkerhetskopia. Den skadade filen lämnas som den är; kontakta supporten.</translation>
    </message>
    <message>
        <source>The latest intact backup is %1. Restore it? People erased after it was taken are erased again, and the damaged file is kept beside the backups.</source>
        <translation>Den nyaste felfria säkerhetskopian är %1. Vill du återställa den? Personer som raderats efter att den togs raderas på nytt, och den skadade filen sparas bland säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>vid stängning</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>före en uppdatering</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>%1, not checked yet</source>
        <translation>%1, inte kontrollerad ännu</translation>
    </message>
    <message>
        <source>%1, DAMAGED: failed its check</source>
        <translation>%1, SKADAD: klarade inte kontrollen</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation>För in en personuppgiftsincident</translation>
    </message>
    <message>
        <source>Edit breach</source>
        <translation>Redigera personuppgiftsincident</translation>
    </message>
    <message>
        <source>Find a customer to link</source>
        <translation>Sök en kund att koppla</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Hittade kunder</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Kopplade kunder</translation>
    </message>
    <message>
        <source>Log every personal data breach, even a small one. Unless it is unlikely to result in a risk, the Data Protection Ombudsman must be notified within 72 hours of discovery; when the risk is high, the people affected must be told too.</source>
        <translation>För in varje personuppgiftsincident, även en liten. Dataombudsmannens byrå ska underrättas inom 72 timmar från upptäckten, om det inte är osannolikt att incidenten medför en risk; när risken är hög ska även de berörda informeras.</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Upptäckt:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>D&amp;ata concerned:</source>
        <translation>&amp;Berörda uppgifter:</translation>
    </message>
    <message>
        <source>&amp;People affected (approx.):</source>
        <translation>Berörda &amp;personer (ca):</translation>
    </message>
    <message>
        <source>&amp;Records affected (approx.):</source>
        <translation>Berörda p&amp;oster (ca):</translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation>Sannolika &amp;följder:</translation>
    </message>
    <message>
        <source>Measures &amp;taken:</source>
        <translation>Vidtagna &amp;åtgärder:</translation>
    </message>
    <message>
        <source>&amp;Measures proposed:</source>
        <translation>Före&amp;slagna åtgärder:</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>Reasoning for the risk:</source>
        <translation>Motivering av risken:</translation>
    </message>
    <message>
        <source>Affected customers:</source>
        <translation>Berörda kunder:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>e.g. A laptop with the customer register was stolen from a car.</source>
        <translation>t.ex. En bärbar dator med kundregistret stals ur en bil.</translation>
    </message>
    <message>
        <source>e.g. names, addresses, order history</source>
        <translation>t.ex. namn, adresser, orderhistorik</translation>
    </message>
    <message>
        <source>Find a customer to link: name, e-mail, phone</source>
        <translation>Sök en kund att koppla: namn, e-post, telefon</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <source>Linked: the letters go to these customers</source>
        <translation>Kopplade: breven går till dessa kunder</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Ta bort koppl&amp;ing</translation>
    </message>
</context>
<context>
    <name>BreachNames</name>
    <message>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Data was disclosed to or seen by someone not entitled to it.</source>
        <translation>Uppgifter röjdes för eller sågs av någon som inte hade rätt till dem.</translation>
    </message>
    <message>
        <source>Data was altered without authority.</source>
        <translation>Uppgifter ändrades obehörigen.</translation>
    </message>
    <message>
        <source>Data was lost or destroyed, or could not be used for a while.</source>
        <translation>Uppgifter förlorades eller förstördes, eller kunde inte användas en tid.</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>Medför sannolikt ingen risk</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hög risk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>No exception: people are told</source>
        <translation>Inget undantag: personerna informeras</translation>
    </message>
    <message>
        <source>The data was unintelligible, e.g. encrypted (Art 34(3)(a))</source>
        <translation>Uppgifterna var obegripliga, t.ex. krypterade (art. 34.3 a)</translation>
    </message>
    <message>
        <source>Later measures removed the high risk (Art 34(3)(b))</source>
        <translation>Senare åtgärder undanröjde den höga risken (art. 34.3 b)</translation>
    </message>
    <message>
        <source>Disproportionate effort: a public notice instead (Art 34(3)(c))</source>
        <translation>Oproportionerlig ansträngning: offentlig information i stället (art. 34.3 c)</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min kvar</translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation>%1 h %2 min försenad</translation>
    </message>
    <message>
        <source>Notified %1</source>
        <translation>Anmäld %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Inte anmäld</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Breach log</source>
        <translation>Personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>Den valda incidenten</translation>
    </message>
    <message>
        <source>&amp;Log a breach…</source>
        <translation>&amp;För in en incident…</translation>
    </message>
    <message>
        <source>Log a personal data breach (Ctrl+N)</source>
        <translation>För in en personuppgiftsincident (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Re&amp;digera…</translation>
    </message>
    <message>
        <source>Authority &amp;notified…</source>
        <translation>Anmäld till &amp;myndigheten…</translation>
    </message>
    <message>
        <source>People &amp;informed…</source>
        <translation>&amp;Personerna informerade…</translation>
    </message>
    <message>
        <source>Le&amp;tters…</source>
        <translation>&amp;Brev…</translation>
    </message>
    <message>
        <source>Write a letter to each affected customer, in their own language</source>
        <translation>Skriv ett brev till varje berörd kund, på kundens eget språk</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Rappor&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Close breach</source>
        <translation>Avsluta &amp;incidenten</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>No breaches logged. When personal data is lost, stolen, sent to the wrong person or altered, log it here at once: the 72-hour clock starts when you become aware of it.</source>
        <translation>Inga personuppgiftsincidenter införda. När personuppgifter förloras, stjäls, skickas till fel person eller ändras, för in det här genast: 72-timmarsfristen börjar när du får kännedom om incidenten.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Berörda uppgifter</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Berörda personer</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Berörda poster</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Sannolika följder</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Vidtagna åtgärder</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Föreslagna åtgärder</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-timmarsfrist</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Personerna informerade</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Kopplade kunder</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Personuppgiftsincident %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Close breach</source>
        <translation>Avsluta personuppgiftsincident</translation>
    </message>
    <message>
        <source>Close breach %1? Close it when the authority and the people affected have been told as required and the measures are done.</source>
        <translation>Avsluta personuppgiftsincident %1? Avsluta den när myndigheten och de berörda har informerats enligt kraven och åtgärderna är gjorda.</translation>
    </message>
    <message>
        <source>Letters saved</source>
        <translation>Breven sparade</translation>
    </message>
    <message>
        <source>Letters saved in %1: %2.</source>
        <translation>Brev sparade i mappen %1: %2.</translation>
    </message>
    <message>
        <source>Once you have sent them, record that the people were informed. Record it now?</source>
        <translation>När du har skickat dem, anteckna att personerna har informerats. Vill du anteckna det nu?</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per brev</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Breven skrivs…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Could not save the letters: %1</source>
        <translation>Breven kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>Det går inte att signera</translation>
    </message>
    <message>
        <source>Save the breach report</source>
        <translation>Spara incidentrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>BreachesTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notify authority by</source>
        <translation>Anmäl senast</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-timmarsfrist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>notified %1</source>
        <translation>anmäld %1</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>behövs inte</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>försenad %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min kvar</translation>
    </message>
    <message>
        <source>Added %1 to the access list: %2.</source>
        <translation>Tillagd i förteckningen över behöriga (%1): %2.</translation>
    </message>
    <message>
        <source>Access list entry %1 saved: %2.</source>
        <translation>Anteckning %1 i förteckningen över behöriga sparad: %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Tystnadsförbindelse</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>No one is on the access list.</source>
        <translation>Ingen finns i förteckningen över behöriga.</translation>
    </message>
    <message>
        <source>Other access</source>
        <translation>Annan tillgång</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Undertecknat exemplar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Access list entry %1 removed.</source>
        <translation>Anteckning %1 i förteckningen över behöriga borttagen.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Anmäl senast</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-timmarsfrist</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Breach %1 logged.</source>
        <translation>Personuppgiftsincident %1 införd.</translation>
    </message>
    <message>
        <source>No breaches.</source>
        <translation>Inga personuppgiftsincidenter.</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Personuppgiftsincident %1</translation>
    </message>
    <message>
        <source>Notification of breach %1 recorded.</source>
        <translation>Anmälan av personuppgiftsincident %1 antecknad.</translation>
    </message>
    <message>
        <source>--sign signs the letters: give --letters FOLDER too.</source>
        <translation>--sign signerar breven: ange också --letters MAPP.</translation>
    </message>
    <message>
        <source>People informed of breach %1 recorded.</source>
        <translation>Information till de berörda om personuppgiftsincident %1 antecknad.</translation>
    </message>
    <message>
        <source>%1 letters written to %2.</source>
        <translation>%1 brev skrivna till %2.</translation>
    </message>
    <message>
        <source>Breach %1 closed.</source>
        <translation>Personuppgiftsincident %1 avslutad.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>%1 av %2 visas.</translation>
    </message>
    <message>
        <source>Customer %1 added: %2</source>
        <translation>Kund %1 tillagd: %2</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>Kund %1 sparad.</translation>
    </message>
    <message>
        <source>Marketing prohibited since %1</source>
        <translation>Direktmarknadsföring förbjuden sedan %1</translation>
    </message>
    <message>
        <source>Processing restricted since %1</source>
        <translation>Behandlingen begränsad sedan %1</translation>
    </message>
    <message>
        <source>Consent events: %1, orders: %2, contacts: %3, requests: %4</source>
        <translation>Samtyckeshändelser: %1, beställningar: %2, kontakter: %3, begäranden: %4</translation>
    </message>
    <message>
        <source>Erasing needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Radering måste bekräftas: kör kommandot i en terminal eller lägg till --yes.</translation>
    </message>
    <message>
        <source>%1 requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared.</source>
        <translation>%1 begäranden blir kvar i registret som den raderade personens poster (typ, mottagen, status); deras beskrivningar och anteckningar töms.</translation>
    </message>
    <message>
        <source>%1 archived documents are deleted; none is kept.</source>
        <translation>%1 arkiverade dokument raderas; inget sparas.</translation>
    </message>
    <message>
        <source>%1 backups in the backup folder were taken while the person was in the register: they stay until rotated out (the newest %2 automatic ones of each kind are kept) or removed (tietosuoja backup prune), and a restore erases the person again.</source>
        <translation>%1 säkerhetskopior i säkerhetskopiemappen togs medan personen fanns i registret: de finns kvar tills de roteras bort (av de automatiska sparas de %2 nyaste av varje slag) eller tas bort (tietosuoja backup prune), och vid återställning raderas personen på nytt.</translation>
    </message>
    <message>
        <source>Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; %5 orders are kept anonymised for bookkeeping.</source>
        <translation>Radering av kund %1 tar bort %2 samtyckeshändelser, %3 kontakter och %4 beställningar; %5 beställningar bevaras anonymiserade för bokföringen.</translation>
    </message>
    <message>
        <source>Erase %1 for good? [y/N]</source>
        <translation>Radera %1 för gott? [j/N]</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Ingenting raderades.</translation>
    </message>
    <message>
        <source>Customer %1 erased.</source>
        <translation>Kund %1 raderad.</translation>
    </message>
    <message>
        <source>Processing of customer %1 restricted.</source>
        <translation>Behandlingen av kund %1 begränsad.</translation>
    </message>
    <message>
        <source>Restriction of customer %1 lifted.</source>
        <translation>Begränsningen för kund %1 hävd.</translation>
    </message>
    <message>
        <source>Marketing to customer %1 prohibited.</source>
        <translation>Direktmarknadsföring till kund %1 förbjuden.</translation>
    </message>
    <message>
        <source>Marketing prohibition of customer %1 lifted.</source>
        <translation>Förbudet mot direktmarknadsföring för kund %1 hävt.</translation>
    </message>
    <message>
        <source>Consent event %1 recorded.</source>
        <translation>Samtyckeshändelse %1 införd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Textversion</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>Bevisets SHA-256</translation>
    </message>
    <message>
        <source>No consent events.</source>
        <translation>Inga samtyckeshändelser.</translation>
    </message>
    <message>
        <source>Consent text %1 recorded as version %2.</source>
        <translation>Samtyckestext %1 registrerad som version %2.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>No consent texts.</source>
        <translation>Inga samtyckestexter.</translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation>Beställning %1 införd.</translation>
    </message>
    <message>
        <source>Contact %1 recorded.</source>
        <translation>Kontakt %1 införd.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request %1 logged.</source>
        <translation>Begäran %1 införd.</translation>
    </message>
    <message>
        <source>Identity not confirmed: the contact given is not the e-mail or phone the register holds. Ask for proof: requests identity %1 requested.</source>
        <translation>Identiteten är inte bekräftad: den angivna kontaktuppgiften är inte den e-post eller det telefonnummer som finns i registret. Begär bevis: requests identity %1 requested.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Inga begäranden.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Begäran %1</translation>
    </message>
    <message>
        <source>Request %1 sent and completed.</source>
        <translation>Svaret på begäran %1 har skickats, begäran är behandlad.</translation>
    </message>
    <message>
        <source>E-mail draft for %1 saved as %2: open it in your mail program, send it, then record it with requests sent.</source>
        <translation>E-postutkast till %1 sparat som %2: öppna det i ditt e-postprogram, skicka det och anteckna sedan sändningen med requests sent.</translation>
    </message>
    <message>
        <source>Request %1 extended.</source>
        <translation>Fristen för begäran %1 förlängd.</translation>
    </message>
    <message>
        <source>Erase customer %1 (%2 orders kept anonymised for bookkeeping)? [y/N]</source>
        <translation>Radera kund %1 (%2 beställningar bevaras anonymiserade för bokföringen)? [j/N]</translation>
    </message>
    <message>
        <source>Request %1 prepared: once the answer has gone, record it with requests sent.</source>
        <translation>Svaret på begäran %1 är skapat: när det har skickats, anteckna det med requests sent.</translation>
    </message>
    <message>
        <source>Attached %1 to request %2.</source>
        <translation>%1 bifogad till begäran %2.</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>raderat när personens uppgifter raderades %1</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to får inte vara före --from.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Sparade %1 och %2.</translation>
    </message>
    <message>
        <source>Request %1 completed.</source>
        <translation>Begäran %1 slutförd.</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>Begäran %1 avslagen.</translation>
    </message>
    <message>
        <source>Request %1 withdrawn.</source>
        <translation>Begäran %1 återtagen.</translation>
    </message>
    <message>
        <source>Recipients to tell (Art 19; tick them with: requests recipients %1): %2</source>
        <translation>Mottagare att underrätta (artikel 19; bocka av dem med requests recipients %1): %2</translation>
    </message>
    <message>
        <source>Receipt of request %1 acknowledged.</source>
        <translation>Mottagandet av begäran %1 bekräftat.</translation>
    </message>
    <message>
        <source>Proof of identity asked for request %1.</source>
        <translation>Identitetsbevis begärt för begäran %1.</translation>
    </message>
    <message>
        <source>Identity check of request %1 recorded.</source>
        <translation>Identitetskontrollen för begäran %1 antecknad.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation>Gick ut</translation>
    </message>
    <message>
        <source>Nobody is past their retention period.</source>
        <translation>Ingens lagringstid har gått ut.</translation>
    </message>
    <message>
        <source>Demo register ready in %1: %2 customers.</source>
        <translation>Demoregistret klart i %1: %2 kunder.</translation>
    </message>
    <message>
        <source>Business profile saved: %1</source>
        <translation>Företagsprofilen sparad: %1</translation>
    </message>
    <message>
        <source>No business profile yet: run &apos;tietosuoja init --name ... --business-id ...&apos;.</source>
        <translation>Ingen företagsprofil ännu: kör &apos;tietosuoja init --name ... --business-id ...&apos;.</translation>
    </message>
    <message>
        <source>Give the purpose as BASIS:TEXT with a basis of %1.</source>
        <translation>Ange ändamålet som GRUND:TEXT, där grunden är en av %1.</translation>
    </message>
    <message>
        <source>Which purpose is the interest for? Give each purpose on legitimate interests its own: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</source>
        <translation>Vilket ändamål gäller intresset? Ange ett eget intresse för varje ändamål som grundar sig på berättigat intresse: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</translation>
    </message>
    <message>
        <source>Register %1 added: %2</source>
        <translation>Register %1 tillagt: %2</translation>
    </message>
    <message>
        <source>Register %1 saved: %2</source>
        <translation>Register %1 sparat: %2</translation>
    </message>
    <message>
        <source>The register&apos;s texts are written in %1 already.</source>
        <translation>Registrets texter är redan skrivna på %1.</translation>
    </message>
    <message>
        <source>No such text to translate: %1. The texts: %2</source>
        <translation>Ingen sådan text att översätta: %1. Texterna: %2</translation>
    </message>
    <message>
        <source>Register %1 saved: %2 texts not translated into %3.</source>
        <translation>Register %1 sparat: %2 texter inte översatta till %3.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>No registers yet: add one with &apos;tietosuoja register add --name ...&apos;.</source>
        <translation>Inga register ännu: lägg till ett med &apos;tietosuoja register add --name ...&apos;.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run on a terminal or set TIETOSUOJA_SIGN_PASSPHRASE.</source>
        <translation>En lösenfras behövs: kör i en terminal eller ange TIETOSUOJA_SIGN_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Igen: </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>Lösenfrasen kan inte vara tom.</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>posten har ändrats efter att den fördes in</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>föregående posts kontrollsumma som sparats i den har ändrats</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>en post före den saknas (borttagen eller ersatt)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>posternas ordning har ändrats</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3. The %4 entries before it are intact.</source>
        <translation>Händelseloggen har manipulerats: kedjan bryts vid post %1 (%2): %3. Posterna före den (%4) är hela.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Händelseloggen är hel: kontrollerade poster %1.</translation>
    </message>
    <message>
        <source>Head (note it down to check later): %1</source>
        <translation>Kedjans slut (skriv upp det för en senare kontroll): %1</translation>
    </message>
    <message>
        <source>The head given is not in the chain: entries were removed from the end or rewritten.</source>
        <translation>Det angivna slutet finns inte i kedjan: poster har tagits bort från slutet eller skrivits om.</translation>
    </message>
    <message>
        <source>The head given is still in the chain.</source>
        <translation>Det angivna slutet finns fortfarande i kedjan.</translation>
    </message>
    <message>
        <source>--head: give COUNT:HASH as printed by &apos;audit verify&apos; (HASH: 64 hex digits).</source>
        <translation>--head: ange ANTAL:KONTROLLSUMMA så som &apos;audit verify&apos; skriver ut det (KONTROLLSUMMA: 64 hexadecimala tecken).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 entries).</source>
        <translation>Sparad %1 (poster %2).</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit måste vara minst 1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>nr</translation>
    </message>
    <message>
        <source>when</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>kontrollsumma</translation>
    </message>
    <message>
        <source>No audit entries yet.</source>
        <translation>Händelseloggen har inga poster ännu.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Sparade %1 (%2).</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signeringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Give --allow-untranslated to print them so, or translate them first.</source>
        <translation>Ange --allow-untranslated om de får skrivas ut så, eller översätt dem först.</translation>
    </message>
    <message>
        <source>Note: %1 texts of the register have no translation into %2 and are printed as written in %3 (register translate).</source>
        <translation>Obs: %1 av registrets texter saknar översättning till %2 och visas som de är skrivna på %3 (register translate).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>No version of the statement was in force on %1.</source>
        <translation>Ingen version av beskrivningen gällde %1.</translation>
    </message>
    <message>
        <source>No statement of this register has been exported yet.</source>
        <translation>Ingen beskrivning av detta register har exporterats ännu.</translation>
    </message>
    <message>
        <source>Signing identity created for %1, valid until %2.</source>
        <translation>Signeringsidentitet skapad för %1, giltig till %2.</translation>
    </message>
    <message>
        <source>Signing identity imported: %1.</source>
        <translation>Signeringsidentitet importerad: %1.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one with &apos;tietosuoja signing create&apos;.</source>
        <translation>Ingen signeringsidentitet ännu: skapa en med &apos;tietosuoja signing create&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>Valid signature by %1 (%2), signed %3; not changed after signing.</source>
        <translation>Giltig signatur av %1 (%2), signerad %3; inte ändrad efter signeringen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged (%2).</source>
        <translation>Registerfilen %1 är skadad (%2).</translation>
    </message>
    <message>
        <source>Restore the latest good backup with: tietosuoja backup restore %1</source>
        <translation>Återställ den senaste felfria säkerhetskopian med: tietosuoja backup restore %1</translation>
    </message>
    <message>
        <source>There is no intact backup to restore.</source>
        <translation>Det finns ingen felfri säkerhetskopia att återställa.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1</source>
        <translation>Kolumnmappningen är inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>Kolumnmappningen måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <source>Fix those bytes in the file (save it again as UTF-8), or, if it really is Windows-1252, read it so with --encoding cp1252 (check the result with --dry-run first).</source>
        <translation>Rätta de byten i filen (spara den på nytt som UTF-8), eller, om den verkligen är i Windows-1252, läs den så med --encoding cp1252 (kontrollera resultatet först med --dry-run).</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>Filen har ingen kolumn %1.</translation>
    </message>
    <message>
        <source>Unknown field in the mapping: %1</source>
        <translation>Okänt fält i kolumnmappningen: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, separated by %4).</source>
        <translation>%1: %2 rader (%3, avgränsade med %4).</translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Kolumner som används: %1</translation>
    </message>
    <message>
        <source>New: %1, duplicates: %2, refused: %3.</source>
        <translation>Nya: %1, dubbletter: %2, avvisade: %3.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  rad %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … och %1 till</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Provkörning: ingenting importerades.</translation>
    </message>
    <message>
        <source>Imported %1 new customers, merged %2 rows, skipped %3; %4 orders.</source>
        <translation>Importerade %1 nya kunder, sammanfogade %2 rader, hoppade över %3; %4 beställningar.</translation>
    </message>
    <message>
        <source>Refused rows saved in %1</source>
        <translation>Avvisade rader sparade i %1</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 personer exporterade till %2.</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Utelämnade: %1 (%2)</translation>
    </message>
    <message>
        <source>No register purpose or consent has this purpose. Purposes: %1</source>
        <translation>Inget ändamål i registren och inga samtycken har detta ändamål. Ändamål: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>No marketing purposes yet.</source>
        <translation>Inga ändamål för marknadsföring ännu.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopian sparad: %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Restoring needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Återställningen måste bekräftas: kör kommandot i en terminal eller lägg till --yes.</translation>
    </message>
    <message>
        <source>The backup&apos;s own (earlier) passphrase: </source>
        <translation>Säkerhetskopians egen (tidigare) lösenfras: </translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? The register as it is now is kept as a backup. [y/N]</source>
        <translation>Ersätta registret med säkerhetskopian %1? Registret i sitt nuvarande skick sparas som en säkerhetskopia. [j/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ingenting återställdes.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Återställde %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 personer som raderats efter att säkerhetskopian togs raderades på nytt.</translation>
    </message>
    <message>
        <source>The register as it was is kept in %1</source>
        <translation>Registret som det var sparas i %1</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Behåll minst en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Delete all backups but the newest %1? They are overwritten and cannot be recovered. [y/N]</source>
        <translation>Radera alla säkerhetskopior utom de %1 nyaste? De skrivs över och kan inte återställas. [j/N]</translation>
    </message>
    <message>
        <source>Deleting backups needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Raderingen av säkerhetskopior måste bekräftas: kör kommandot i en terminal eller lägg till --yes.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ingenting raderades.</translation>
    </message>
    <message>
        <source>Deleted %1 older backups; the newest %2 are kept.</source>
        <translation>%1 äldre säkerhetskopior raderades; de %2 nyaste behålls.</translation>
    </message>
    <message>
        <source>The register %1 is intact.</source>
        <translation>Registret %1 är felfritt.</translation>
    </message>
    <message>
        <source>The counts shown for short searches did not match the customers&apos; details; they were rebuilt.</source>
        <translation>Antalen som visas för korta sökningar stämde inte med kundernas uppgifter; de har räknats om.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Inga dokument ännu.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</source>
        <translation>Registret i %1 är öppet i ett annat program (Tietosuoja Desktop?). Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Restore the latest good backup with &apos;tietosuoja backup restore %2&apos;.</source>
        <translation>Registerfilen %1 är skadad. Återställ den senaste hela säkerhetskopian med &apos;tietosuoja backup restore %2&apos;.</translation>
    </message>
    <message>
        <source>New passphrase for the register: </source>
        <translation>Registrets nya lösenfras: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Samma lösenfras igen: </translation>
    </message>
    <message>
        <source>The register is now encrypted (%1 rows in %2 tables).</source>
        <translation>Registret är nu krypterat (%1 rader i %2 tabeller).</translation>
    </message>
    <message>
        <source>The register is no longer encrypted (%1 rows in %2 tables).</source>
        <translation>Registret är inte längre krypterat (%1 rader i %2 tabeller).</translation>
    </message>
    <message>
        <source>%1 older backups are not encrypted and still reveal what they hold; delete them with &apos;tietosuoja encrypt --delete-plain-backups&apos; (or by hand).</source>
        <translation>%1 äldre säkerhetskopior är inte krypterade och deras innehåll kan fortfarande läsas; radera dem med &apos;tietosuoja encrypt --delete-plain-backups&apos; (eller för hand).</translation>
    </message>
    <message>
        <source>%1 unencrypted backups were deleted.</source>
        <translation>%1 okrypterade säkerhetskopior raderades.</translation>
    </message>
    <message>
        <source>Removing the encryption needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Att ta bort krypteringen måste bekräftas: kör kommandot i en terminal eller lägg till --yes.</translation>
    </message>
    <message>
        <source>Remove the encryption? Anyone who gets the file can then read it. [y/N]</source>
        <translation>Ta bort krypteringen? Därefter kan vem som helst som får filen läsa den. [j/N]</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The register is not encrypted; encrypt it with &apos;tietosuoja encrypt&apos;.</source>
        <translation>Registret är inte krypterat; kryptera det med &apos;tietosuoja encrypt&apos;.</translation>
    </message>
    <message>
        <source>The register has a new passphrase (%1 rows in %2 tables). Backups made earlier still use the old one.</source>
        <translation>Registret har en ny lösenfras (%1 rader i %2 tabeller). Tidigare säkerhetskopior öppnas fortfarande med den gamla.</translation>
    </message>
    <message>
        <source>The register is encrypted: give its passphrase in the environment variable %1 or run the command on a terminal.</source>
        <translation>Registret är krypterat: ange dess lösenfras i miljövariabeln %1 eller kör kommandot i en terminal.</translation>
    </message>
    <message>
        <source>The passphrase does not open the register %1.</source>
        <translation>Lösenfrasen öppnar inte registret %1.</translation>
    </message>
    <message>
        <source>The register&apos;s key was to be kept in the operating system&apos;s key store, but the key store did not give it (there is none on this computer, it is locked, or the key is not there): the passphrase is needed.</source>
        <translation>Registrets nyckel skulle förvaras i operativsystemets nyckelring, men nyckelringen gav den inte (det finns ingen på den här datorn, den är låst eller nyckeln finns inte där): lösenfrasen behövs.</translation>
    </message>
    <message>
        <source>Passphrase of the register: </source>
        <translation>Registrets lösenfras: </translation>
    </message>
    <message>
        <source>Restore the newest backup, %1, with: tietosuoja backup restore %2</source>
        <translation>Återställ den senaste säkerhetskopian, %1, med: tietosuoja backup restore %2</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and run &apos;tietosuoja init&apos;.</source>
        <translation>Det finns ingen säkerhetskopia att återställa. Om du i stället vill börja med ett nytt, tomt register, flytta filerna ut ur %1 (spara dem) och kör &apos;tietosuoja init&apos;.</translation>
    </message>
    <message>
        <source>The register has no purpose %1: its purposes are 1-%2.</source>
        <translation>Registret har inget ändamål %1: dess ändamål är 1–%2.</translation>
    </message>
    <message>
        <source>Purpose %1 has no assessment yet: record one with %2.</source>
        <translation>Ändamål %1 har ingen bedömning ännu: för in en med %2.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 removed.</source>
        <translation>Bedömningen av ändamål %1 har tagits bort.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 saved (%2).</source>
        <translation>Bedömningen av ändamål %1 har sparats (%2).</translation>
    </message>
    <message>
        <source>Processor %1 added: %2.</source>
        <translation>Biträde %1 tillagt: %2.</translation>
    </message>
    <message>
        <source>Processor %1 saved: %2.</source>
        <translation>Biträde %1 sparat: %2.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överföringsgrund</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>No processors.</source>
        <translation>Inga biträden.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Contract of processor %1 kept: %2 (SHA-256 %3).</source>
        <translation>Biträdets %1 avtal sparat: %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Processor %1 serves register %2.</source>
        <translation>Biträde %1 betjänar register %2.</translation>
    </message>
    <message>
        <source>Processor %1 no longer serves register %2.</source>
        <translation>Biträde %1 betjänar inte längre register %2.</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postadresser</translation>
    </message>
    <message>
        <source>Clearing the suppression list needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Att tömma spärrlistan måste bekräftas: kör kommandot i en terminal eller lägg till --yes.</translation>
    </message>
    <message>
        <source>Give --email, --phone or --address.</source>
        <translation>Ange --email, --phone eller --address.</translation>
    </message>
    <message>
        <source>Added to the suppression list.</source>
        <translation>Tillagd i spärrlistan.</translation>
    </message>
    <message>
        <source>Already on the suppression list.</source>
        <translation>Finns redan i spärrlistan.</translation>
    </message>
    <message>
        <source>%1 added to the suppression list, %2 were on it already.</source>
        <translation>%1 lades till i spärrlistan, %2 fanns redan i den.</translation>
    </message>
    <message>
        <source>%1 rows had no valid e-mail address, phone number or address (lines %2).</source>
        <translation>%1 rader hade ingen giltig e-postadress, inget giltigt telefonnummer och ingen giltig adress (rader %2).</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>I spärrlistan</translation>
    </message>
    <message>
        <source>Remove everything from the suppression list?</source>
        <translation>Ta bort allt från spärrlistan?</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list.</source>
        <translation>%1 togs bort från spärrlistan.</translation>
    </message>
    <message>
        <source>Give only one of --told, --not-disclosed and --reopen.</source>
        <translation>Ange bara ett av --told, --not-disclosed och --reopen.</translation>
    </message>
    <message>
        <source>--via and --on go with --told.</source>
        <translation>--via och --on anges tillsammans med --told.</translation>
    </message>
    <message>
        <source>--told needs --via.</source>
        <translation>--told kräver också --via.</translation>
    </message>
    <message>
        <source>Request %1 has no recipients to tell.</source>
        <translation>Begäran %1 har inga mottagare att underrätta.</translation>
    </message>
    <message>
        <source>Request %1: %2 recipient(s), %3 not yet told.</source>
        <translation>Begäran %1: %2 mottagare, %3 inte ännu underrättade.</translation>
    </message>
    <message>
        <source>No checklist question %1: the questions are %2.</source>
        <translation>Checklistan har ingen fråga %1: frågorna är %2.</translation>
    </message>
    <message>
        <source>Register %1 has not been screened for a DPIA yet: screen it with %2.</source>
        <translation>Behovet av konsekvensbedömning för register %1 har ännu inte bedömts: bedöm det med %2.</translation>
    </message>
    <message>
        <source>Give a risk as LIKELIHOOD/SEVERITY:DESCRIPTION, each level one of %1: %2</source>
        <translation>Ange en risk som SANNOLIKHET/ALLVARLIGHET:BESKRIVNING, nivåerna på engelska (%1): %2</translation>
    </message>
    <message>
        <source>DPIA screening of register %1 removed.</source>
        <translation>Bedömningen av behovet av konsekvensbedömning för register %1 har tagits bort.</translation>
    </message>
    <message>
        <source>Give either --release or --reason and --until.</source>
        <translation>Ange antingen --release eller --reason och --until.</translation>
    </message>
    <message>
        <source>The legal hold on customer %1 was released.</source>
        <translation>Raderingsspärren för kund %1 hävdes.</translation>
    </message>
    <message>
        <source>Customer %1 was not on legal hold.</source>
        <translation>Kund %1 hade ingen raderingsspärr.</translation>
    </message>
    <message>
        <source>A legal hold needs --reason and --until (or --release to end one).</source>
        <translation>En raderingsspärr kräver --reason och --until (eller --release för att häva den).</translation>
    </message>
    <message>
        <source>Customer %1 is on legal hold until %2: bulk retention erasure skips them.</source>
        <translation>Kund %1 har raderingsspärr till %2: raderingen av dem vars lagringstid har gått ut hoppar över hen.</translation>
    </message>
    <message>
        <source>Past retention on %1: %2 people to erase; %3 orders are kept anonymised for bookkeeping, %4 orders and %5 archived documents are deleted.</source>
        <translation>Lagringstiden har gått ut %1: %2 personer att radera; %3 beställningar sparas för bokföringen utan personen, %4 beställningar och %5 arkiverade dokument raderas.</translation>
    </message>
    <message>
        <source>  %1: %2 years from %3, %4 people</source>
        <translation>  %1: %2 år (%3), %4 personer</translation>
    </message>
    <message>
        <source>Skipped: %1 people.</source>
        <translation>Hoppas över: %1 personer.</translation>
    </message>
    <message>
        <source>%1 people erased; %2 orders kept anonymised, %3 orders and %4 documents deleted.</source>
        <translation>%1 personer raderade; %2 beställningar sparade utan personen, %3 beställningar och %4 dokument raderade.</translation>
    </message>
    <message>
        <source>Erasing everyone past retention cannot be undone: see the plan with --dry-run, then run it with --yes.</source>
        <translation>Raderingen av dem vars lagringstid har gått ut kan inte ångras: se planen med --dry-run och kör raderingen med --yes.</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first (tietosuoja init): the run&apos;s report names the business. Nothing was erased.</source>
        <translation>Fyll först i företagets uppgifter (tietosuoja init): raderingskörningens rapport anger företaget. Ingenting raderades.</translation>
    </message>
    <message>
        <source>The report was archived as document %1.</source>
        <translation>Rapporten arkiverades som dokument %1.</translation>
    </message>
    <message>
        <source>Give a risk as RISK:MEASURES[:RESIDUAL]; the risks are %1, the measures %2: %3</source>
        <translation>Ange en risk som RISK:ÅTGÄRDER[:KVARSTÅENDE]; riskerna är %1, åtgärderna %2: %3</translation>
    </message>
    <message>
        <source>Give other measures as RISK:TEXT; the risks are %1: %2</source>
        <translation>Ange andra åtgärder som RISK:TEXT; riskerna är %1: %2</translation>
    </message>
    <message>
        <source>Give an answer as QUESTION:REASON; the questions are %1: %2</source>
        <translation>Ange ett svar som FRÅGA:MOTIVERING; frågorna är %1: %2</translation>
    </message>
    <message>
        <source>No security review is recorded yet: make one with &apos;security review&apos;.</source>
        <translation>Ingen säkerhetsgranskning har förts in ännu: gör en med &apos;security review&apos;.</translation>
    </message>
    <message>
        <source>The policy has not been exported yet.</source>
        <translation>Dataskyddspolicyn har inte skapats ännu.</translation>
    </message>
    <message>
        <source>Policy section saved: %1.</source>
        <translation>Policyns avsnitt sparat: %1.</translation>
    </message>
    <message>
        <source>Saved the supervisor&apos;s folder to %1: %2 files, %3 items open.</source>
        <translation>Tillsynsmappen har sparats: %1 (%2 filer, %3 punkter öppna).</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 is Midsummer Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
        <translation>%1 är midsommarafton: ingen allmän helgdag, så tidsfristen flyttas inte, men kontor och posten kan vara stängda. Svara en dag tidigare.</translation>
    </message>
    <message>
        <source>%1 is Christmas Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
        <translation>%1 är julafton: ingen allmän helgdag, så tidsfristen flyttas inte, men kontor och posten kan vara stängda. Svara en dag tidigare.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, the deadline.</source>
        <translation>Inkom %1: en månad löper ut %2, som är sista dagen.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: en månad löper ut lördagen %2, så tidsfristen flyttas till följande vardag, %3.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: en månad löper ut söndagen %2, så tidsfristen flyttas till följande vardag, %3.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: en månad löper ut på en helgdag, %2, så tidsfristen flyttas till följande vardag, %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, the deadline.</source>
        <translation>Inkom %1: den förlängda fristen på tre månader löper ut %2, som är sista dagen.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: den förlängda fristen på tre månader löper ut lördagen %2, så den flyttas till följande vardag, %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: den förlängda fristen på tre månader löper ut söndagen %2, så den flyttas till följande vardag, %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
        <translation>Inkom %1: den förlängda fristen på tre månader löper ut på en helgdag, %2, så den flyttas till följande vardag, %3.</translation>
    </message>
</context>
<context>
    <name>CloudFolder</name>
    <message>
        <source>The register&apos;s folder %1 is inside a folder that %2 synchronises (%3). A sync service can copy the register while it is being written and so corrupt it, or make conflicting copies when two computers use it. Keep the register in a folder that is not synchronised; to use it on another computer, make a backup and restore it there.</source>
        <translation>Registrets mapp %1 ligger i en mapp som %2 synkroniserar (%3). En synkroniseringstjänst kan kopiera registret mitt under en sparning och därmed skada det, eller skapa motstridiga kopior när två datorer använder det. Håll registret i en mapp som inte synkroniseras; för att använda det på en annan dator, gör en säkerhetskopia och återställ den där.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortsätt ändå</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Det du har skrivit här har inte sparats.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Anteckna ett samtycke</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Anteckna ett återkallat samtycke</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Ändamål:</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>alla kanaler</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Sätt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Ny version…</translation>
    </message>
    <message>
        <source>Add a new version of a consent text</source>
        <translation>Lägg till en ny version av en samtyckestext</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>Samtyckestextens &amp;version:</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Samtyckestextens version</translation>
    </message>
    <message>
        <source>The exact words the person agreed to</source>
        <translation>Den exakta text som personen samtyckte till</translation>
    </message>
    <message>
        <source>What the person said</source>
        <translation>Vad personen sade</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Välj bevisfilen</translation>
    </message>
    <message>
        <source>E&amp;vidence file:</source>
        <translation>&amp;Bevisfil:</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Bevisfil</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registrerad av:</translation>
    </message>
    <message>
        <source>not one of the registers&apos; texts</source>
        <translation>ingen av registrens texter</translation>
    </message>
    <message>
        <source>%1, version %2 (from %3)</source>
        <translation>%1, version %2 (från %3)</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <source>New version of a consent text</source>
        <translation>Ny version av en samtyckestext</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Gäller från:</translation>
    </message>
    <message>
        <source>&amp;Finnish:</source>
        <translation>&amp;Finska:</translation>
    </message>
    <message>
        <source>&amp;Swedish:</source>
        <translation>&amp;Svenska:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Engelska:</translation>
    </message>
    <message>
        <source>Add a register first: consent texts belong to one.</source>
        <translation>Lägg först till ett register: samtyckestexter hör till ett register.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Record a consent or its withdrawal</source>
        <translation>För in ett samtycke eller en återkallelse</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>Sa&amp;mtycke:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Bevis:</translation>
    </message>
    <message>
        <source>e.g. signed form, e-mail of 3.2.2026</source>
        <translation>t.ex. undertecknad blankett, e-post 3.2.2026</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Inga samtycken införda.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Record a contact or a complaint</source>
        <translation>För in en kontakt eller en reklamation</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ammanfattning:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>No contacts or complaints recorded.</source>
        <translation>Inga kontakter eller reklamationer införda.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Något gick fel i programmet.</translation>
    </message>
    <message>
        <source>What you were doing may not have been completed; check it before going on. You can keep working. The details were written to this file, which you can send to support:
%1</source>
        <translation>Det du gjorde kanske inte slutfördes; kontrollera det innan du fortsätter. Du kan arbeta vidare. Detaljerna skrevs till den här filen, som du kan skicka till supporten:
%1</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <translation>Skapa en signeringsidentitet</translation>
    </message>
    <message>
        <source>The app makes a signing key and a certificate that names your business. The key is kept in the data folder, locked with a passphrase you choose.</source>
        <translation>Appen skapar en signeringsnyckel och ett certifikat med ditt företags namn. Nyckeln sparas i datamappen, låst med en lösenfras som du väljer.</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>FO-nummer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: you would have to create a new identity.</source>
        <translation>Använd minst %1 tecken; några orelaterade ord är lätta att minnas och svåra att gissa. En bortglömd lösenfras kan inte återställas: du måste då skapa en ny identitet.</translation>
    </message>
    <message>
        <source>This replaces your current signing identity (valid until %1). Documents already signed with it stay valid.</source>
        <translation>Detta ersätter din nuvarande signeringsidentitet (giltig till %1). Dokument som redan signerats med den förblir giltiga.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Styrka: svag</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Styrka: godtagbar</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Styrka: stark</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>Contacts and complaints</source>
        <translation>Kontakter och reklamationer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Retentio&amp;n hold…</source>
        <translation>Raderingssp&amp;ärr…</translation>
    </message>
    <message>
        <source>Keep the person out of bulk retention erasure, e.g. during a dispute</source>
        <translation>Undanta personen från raderingen av dem vars lagringstid har gått ut, t.ex. under en tvist</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>Erase the person and what is tied to them (Art 17)</source>
        <translation>Radera personen och det som hör till personen (art. 17)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Spara uppgifterna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <source>Direct marketing prohibited since %1 (Art 21(2)).</source>
        <translation>Direktmarknadsföring förbjuden sedan %1 (art. 21.2).</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art 18): do not use or export.</source>
        <translation>Behandlingen begränsad sedan %1 (art. 18): använd eller exportera inte.</translation>
    </message>
    <message>
        <source>On legal hold until %1: bulk retention erasure skips the person.</source>
        <translation>Raderingsspärr till %1: raderingen av dem vars lagringstid har gått ut hoppar över personen.</translation>
    </message>
    <message>
        <source>Lift &amp;restriction</source>
        <translation>Häv &amp;begränsningen</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Begränsa</translation>
    </message>
    <message>
        <source>Keep the data but exclude the person from all use and exports (Art 18)</source>
        <translation>Behåll uppgifterna men undanta personen från all användning och export (art. 18)</translation>
    </message>
    <message>
        <source>Lift mar&amp;keting prohibition…</source>
        <translation>Häv förbudet mot &amp;direktmarknadsföring…</translation>
    </message>
    <message>
        <source>Prohibit mar&amp;keting</source>
        <translation>F&amp;örbjud direktmarknadsföring</translation>
    </message>
    <message>
        <source>The person objects to direct marketing (Art 21(2)): for good</source>
        <translation>Personen motsätter sig direktmarknadsföring (art. 21.2): för gott</translation>
    </message>
    <message>
        <source>Check the marked fields; nothing was saved yet.</source>
        <translation>Kontrollera de markerade fälten; ingenting har sparats ännu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Lift the marketing prohibition?</source>
        <translation>Häva förbudet mot direktmarknadsföring?</translation>
    </message>
    <message>
        <source>A direct-marketing objection is absolute. Lift it only if it was recorded by mistake or the person has withdrawn it themselves.</source>
        <translation>Ett förbud mot direktmarknadsföring är absolut. Häv det bara om det har förts in av misstag eller om personen själv har återkallat det.</translation>
    </message>
    <message>
        <source>Lift the prohibition</source>
        <translation>Häv förbudet</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>The changes to the details have not been saved.</source>
        <translation>Ändringarna i uppgifterna har inte sparats.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>FO-nummer (&amp;Y-tunnus)</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <source>Personal &amp;identity code</source>
        <translation>Personbete&amp;ckning</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Or&amp;t</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>&amp;Customer since</source>
        <translation>&amp;Kund sedan</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 31.1.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 31.1.2026.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Anteckn&amp;ingar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>CustomerNames</name>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Redigerad</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Begränsningen hävd</translation>
    </message>
    <message>
        <source>Direct marketing prohibited</source>
        <translation>Direktmarknadsföring förbjuden</translation>
    </message>
    <message>
        <source>Marketing prohibition lifted</source>
        <translation>Förbudet mot direktmarknadsföring hävt</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Put on legal hold</source>
        <translation>Raderingsspärr satt</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Raderingsspärren hävd</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>kund sedan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>register</translation>
    </message>
    <message>
        <source>marketing prohibition</source>
        <translation>förbud mot direktmarknadsföring</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>begränsning</translation>
    </message>
    <message>
        <source>objection (Art 21)</source>
        <translation>invändning (art. 21)</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>samtycken</translation>
    </message>
    <message>
        <source>customer details</source>
        <translation>kunduppgifter</translation>
    </message>
    <message>
        <source>contacts and complaints</source>
        <translation>kontakter och reklamationer</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <source>register memberships</source>
        <translation>registertillhörigheter</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>personal details in requests</source>
        <translation>personuppgifter i begäranden</translation>
    </message>
    <message>
        <source>links to data breaches</source>
        <translation>kopplingar till personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>orders kept anonymised</source>
        <translation>beställningar som bevaras anonymiserade</translation>
    </message>
    <message>
        <source>business profile</source>
        <translation>företagsuppgifter</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>begäranden</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>identitetskontroll</translation>
    </message>
    <message>
        <source>proof of identity requested</source>
        <translation>identitetsbevis begärt</translation>
    </message>
    <message>
        <source>proof of identity received</source>
        <translation>identitetsbevis mottaget</translation>
    </message>
    <message>
        <source>extended on</source>
        <translation>förlängd</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>skäl till förlängningen</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>sändningssätt</translation>
    </message>
    <message>
        <source>sending reference</source>
        <translation>sändningens referens</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>requester&apos;s name</source>
        <translation>begärarens namn</translation>
    </message>
    <message>
        <source>person erased</source>
        <translation>personen raderad</translation>
    </message>
    <message>
        <source>requester&apos;s contact details</source>
        <translation>begärarens kontaktuppgifter</translation>
    </message>
    <message>
        <source>rectified details</source>
        <translation>rättade uppgifter</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>upptäckt</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>införd</translation>
    </message>
    <message>
        <source>nature of the breach</source>
        <translation>incidentens art</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>uppgiftskategorier</translation>
    </message>
    <message>
        <source>people affected</source>
        <translation>berörda personer</translation>
    </message>
    <message>
        <source>records affected</source>
        <translation>berörda poster</translation>
    </message>
    <message>
        <source>likely consequences</source>
        <translation>sannolika följder</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>vidtagna åtgärder</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>föreslagna åtgärder</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>reasoning for the risk</source>
        <translation>motivering av risken</translation>
    </message>
    <message>
        <source>notified to the authority</source>
        <translation>anmäld till myndigheten</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>reasons for the delay</source>
        <translation>skäl till förseningen</translation>
    </message>
    <message>
        <source>notified in phases</source>
        <translation>anmäld i omgångar</translation>
    </message>
    <message>
        <source>people informed</source>
        <translation>personerna informerade</translation>
    </message>
    <message>
        <source>how people were informed</source>
        <translation>hur personerna informerades</translation>
    </message>
    <message>
        <source>number of people informed</source>
        <translation>antal informerade personer</translation>
    </message>
    <message>
        <source>exception to informing</source>
        <translation>undantag från informationen</translation>
    </message>
    <message>
        <source>reason for the exception</source>
        <translation>skäl till undantaget</translation>
    </message>
    <message>
        <source>people linked</source>
        <translation>kopplade personer</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>kryptering</translation>
    </message>
    <message>
        <source>encryption removed</source>
        <translation>kryptering borttagen</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>lösenfras</translation>
    </message>
    <message>
        <source>unencrypted backups</source>
        <translation>okrypterade säkerhetskopior</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>purposes and legal bases</source>
        <translation>ändamål och rättsliga grunder</translation>
    </message>
    <message>
        <source>whose data is kept</source>
        <translation>vems uppgifter registret innehåller</translation>
    </message>
    <message>
        <source>sources of the data</source>
        <translation>uppgiftskällor</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>processors</source>
        <translation>personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>överföringar utanför EU/EES</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>om uppgifterna måste lämnas</translation>
    </message>
    <message>
        <source>whether decisions are automated</source>
        <translation>om beslut fattas automatiskt</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilering</translation>
    </message>
    <message>
        <source>safeguards for the transfers</source>
        <translation>skyddsåtgärder för överföringarna</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>lagringsregel</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>lagringstid</translation>
    </message>
    <message>
        <source>statutory or contractual need</source>
        <translation>lagstadgat eller avtalsenligt krav</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automatiserade beslut</translation>
    </message>
    <message>
        <source>security of manual material</source>
        <translation>skydd av manuellt material</translation>
    </message>
    <message>
        <source>security of electronic data</source>
        <translation>skydd av elektroniska uppgifter</translation>
    </message>
    <message>
        <source>organisational security</source>
        <translation>organisatoriskt skydd</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>kakor</translation>
    </message>
    <message>
        <source>language of the texts</source>
        <translation>texternas språk</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>översättningar</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ingen direktmarknadsföring</translation>
    </message>
    <message>
        <source>Direct marketing prohibited on %1 (GDPR Art 21(2)).</source>
        <translation>Direktmarknadsföring förbjuden %1 (dataskyddsförordningen art. 21.2).</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Begränsad</translation>
    </message>
    <message>
        <source>Processing restricted on %1 (GDPR Art 18): do not use or export.</source>
        <translation>Behandlingen begränsad %1 (dataskyddsförordningen art. 18): använd eller exportera inte.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Lägg till en kund (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kund</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 kunder</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>Inga kunder motsvarar sökningen och filtren.</translation>
    </message>
    <message>
        <source>No customers yet. Add the first one with New customer (Ctrl+N).</source>
        <translation>Inga kunder ännu. Lägg till den första med Ny kund (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating a demo register with %1 customers…</source>
        <translation>Skapar ett demoregister med %1 kunder…</translation>
    </message>
    <message>
        <source>The demo register could not be created: %1</source>
        <translation>Demoregistret kunde inte skapas: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Det går inte att spara</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Set up the business profile before making documents.</source>
        <translation>Fyll i företagsprofilen innan du skapar dokument.</translation>
    </message>
    <message>
        <source>The document&apos;s font cannot print %1 character(s); they are printed as �:
%2</source>
        <translation>Dokumentets typsnitt kan inte skriva ut %1 tecken; de skrivs ut som �:
%2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Cannot sign</source>
        <translation>Det går inte att signera</translation>
    </message>
    <message>
        <source>Making the privacy statement…</source>
        <translation>Skapar dataskyddsbeskrivningen…</translation>
    </message>
    <message>
        <source>Making the record of processing activities…</source>
        <translation>Skapar registret över behandling…</translation>
    </message>
    <message>
        <source>Making the data protection policy…</source>
        <translation>Dataskyddspolicyn skapas…</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Lösenfrasen är fel. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one to sign documents digitally.</source>
        <translation>Ingen signeringsidentitet ännu: skapa en för att signera dokument digitalt.</translation>
    </message>
    <message>
        <source>Documents are signed as %1 (certificate valid until %2).</source>
        <translation>Dokumenten signeras som %1 (certifikatet giltigt till %2).</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation>Sig&amp;neringsidentitet…</translation>
    </message>
    <message>
        <source>Chec&amp;k a signature…</source>
        <translation>&amp;Kontrollera en signatur…</translation>
    </message>
    <message>
        <source>Supervisor&apos;s fol&amp;der…</source>
        <translation>Tillsyns&amp;mapp…</translation>
    </message>
</context>
<context>
    <name>Dpia</name>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medelhög</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>The residual risk is acceptable: the processing may proceed</source>
        <translation>Den kvarstående risken är godtagbar: behandlingen kan fortsätta</translation>
    </message>
    <message>
        <source>A high risk remains: consult the Data Protection Ombudsman first (Art 36)</source>
        <translation>En hög risk kvarstår: samråd först med dataombudsmannen (art. 36)</translation>
    </message>
    <message>
        <source>The processing does not go ahead as planned</source>
        <translation>Behandlingen genomförs inte som planerat</translation>
    </message>
</context>
<context>
    <name>DpiaChecklist</name>
    <message>
        <source>GDPR Art 35(3): always needs a DPIA</source>
        <translation>Dataskyddsförordningen art. 35.3: kräver alltid en konsekvensbedömning</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of processing that needs a DPIA</source>
        <translation>Dataombudsmannens förteckning över behandling som kräver en konsekvensbedömning</translation>
    </message>
    <message>
        <source>EDPB criteria (WP248): two or more usually mean a DPIA is needed</source>
        <translation>Dataskyddsstyrelsens kriterier (WP248): två eller fler innebär i regel att en bedömning behövs</translation>
    </message>
    <message>
        <source>Systematic and extensive evaluation of people by automated means, including profiling, on which decisions with legal or similarly significant effects are based</source>
        <translation>Systematisk och omfattande bedömning av personer på automatisk väg, inklusive profilering, som ligger till grund för beslut med rättsliga eller liknande betydande följder</translation>
    </message>
    <message>
        <source>Special categories of data (e.g. health) or data on criminal convictions processed on a large scale</source>
        <translation>Särskilda kategorier av uppgifter (t.ex. hälsa) eller uppgifter om brottmålsdomar behandlas i stor omfattning</translation>
    </message>
    <message>
        <source>Systematic monitoring of a publicly accessible area on a large scale (e.g. camera surveillance)</source>
        <translation>Systematisk övervakning av en allmänt tillgänglig plats i stor omfattning (t.ex. kameraövervakning)</translation>
    </message>
    <message>
        <source>Biometric data (e.g. fingerprints, face) used to identify a person, and at least one EDPB criterion applies</source>
        <translation>Biometriska uppgifter (t.ex. fingeravtryck, ansikte) används för att identifiera en person, och minst ett av dataskyddsstyrelsens kriterier uppfylls</translation>
    </message>
    <message>
        <source>Genetic data, and at least one EDPB criterion applies</source>
        <translation>Genetiska uppgifter, och minst ett av dataskyddsstyrelsens kriterier uppfylls</translation>
    </message>
    <message>
        <source>Location data (e.g. GPS tracking of vehicles or phones), and at least one EDPB criterion applies</source>
        <translation>Platsuppgifter (t.ex. GPS-spårning av fordon eller telefoner), och minst ett av dataskyddsstyrelsens kriterier uppfylls</translation>
    </message>
    <message>
        <source>Data collected from elsewhere without informing the people because it would be impossible or take disproportionate effort (Art 14(5)(b)), and at least one EDPB criterion applies</source>
        <translation>Uppgifter som samlats in från annat håll behandlas utan att personerna informeras, eftersom det vore omöjligt eller skulle kräva oproportionerliga ansträngningar (art. 14.5 b), och minst ett av dataskyddsstyrelsens kriterier uppfylls</translation>
    </message>
    <message>
        <source>A whistleblowing channel: reports of suspected misconduct</source>
        <translation>En visselblåsarkanal: rapporter om misstänkta missförhållanden</translation>
    </message>
    <message>
        <source>Evaluation or scoring, e.g. profiling or predicting behaviour, interests or creditworthiness</source>
        <translation>Bedömning eller poängsättning, t.ex. profilering eller förutsägelse av beteende, intressen eller kreditvärdighet</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similarly significant effects</source>
        <translation>Automatiserade beslut med rättsliga eller liknande betydande följder</translation>
    </message>
    <message>
        <source>Systematic monitoring or observation of people (e.g. of employees, online tracking)</source>
        <translation>Systematisk övervakning eller observation av personer (t.ex. av anställda, spårning på nätet)</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data (special categories, criminal data, financial or location data, private communications)</source>
        <translation>Känsliga eller mycket personliga uppgifter (särskilda kategorier, brottsuppgifter, ekonomiska uppgifter eller platsuppgifter, privata meddelanden)</translation>
    </message>
    <message>
        <source>Processing on a large scale (many people, much data, a long time or a wide area)</source>
        <translation>Behandling i stor omfattning (många personer, mycket uppgifter, lång tid eller stort område)</translation>
    </message>
    <message>
        <source>Matching or combining data sets from different purposes or controllers beyond what people would expect</source>
        <translation>Matchning eller sammanförande av datamängder från olika ändamål eller personuppgiftsansvariga utöver vad personerna kan förvänta sig</translation>
    </message>
    <message>
        <source>Vulnerable people: children, employees, patients, the elderly or others in a weaker position</source>
        <translation>Sårbara personer: barn, anställda, patienter, äldre eller andra i svagare ställning</translation>
    </message>
    <message>
        <source>Innovative use of technology or new organisational solutions (e.g. face recognition, AI)</source>
        <translation>Innovativ användning av teknik eller nya organisatoriska lösningar (t.ex. ansiktsigenkänning, AI)</translation>
    </message>
    <message>
        <source>The processing itself prevents people from using a right, a service or a contract (e.g. credit screening)</source>
        <translation>Behandlingen i sig hindrar personer från att utöva en rättighet eller använda en tjänst eller ett avtal (t.ex. kreditprövning)</translation>
    </message>
</context>
<context>
    <name>DpiaDialog</name>
    <message>
        <source>DPIA: %1</source>
        <translation>Konsekvensbedömning: %1</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art 35)</source>
        <translation>Konsekvensbedömning avseende dataskydd (art. 35)</translation>
    </message>
    <message>
        <source>Answer every question for the register %1 and say why where the answer is yes. A DPIA is needed when a GDPR or Ombudsman item applies, or two or more EDPB criteria do.</source>
        <translation>Besvara varje fråga för registret %1 och motivera varje ja. En konsekvensbedömning behövs när en punkt ur dataskyddsförordningen eller dataombudsmannens förteckning gäller, eller när två eller fler av dataskyddsstyrelsens kriterier gäller.</translation>
    </message>
    <message>
        <source>Do a DPIA &amp;even though the checklist does not call for one</source>
        <translation>Gör en konsekvensbedömning &amp;frivilligt, fast checklistan inte kräver det</translation>
    </message>
    <message>
        <source>Screened o&amp;n:</source>
        <translation>Granskad &amp;den:</translation>
    </message>
    <message>
        <source>Screened &amp;by:</source>
        <translation>Granskad a&amp;v:</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Granskad den</translation>
    </message>
    <message>
        <source>Screened by</source>
        <translation>Granskad av</translation>
    </message>
    <message>
        <source>A DPIA is needed because of: %1</source>
        <translation>En konsekvensbedömning behövs på grund av: %1</translation>
    </message>
    <message>
        <source>%1 questions are not answered yet.</source>
        <translation>%1 frågor är ännu inte besvarade.</translation>
    </message>
    <message>
        <source>The checklist does not call for a DPIA.</source>
        <translation>Enligt checklistan behövs ingen konsekvensbedömning.</translation>
    </message>
</context>
<context>
    <name>DpiaForm</name>
    <message>
        <source>Light DPIA (Art 35(7))</source>
        <translation>Förenklad konsekvensbedömning (art. 35.7)</translation>
    </message>
    <message>
        <source>The processing: &amp;what, whose data, why:</source>
        <translation>B&amp;ehandlingen: vad, vems uppgifter, varför:</translation>
    </message>
    <message>
        <source>Necessity and &amp;proportionality:</source>
        <translation>Nödvändighet och &amp;proportionalitet:</translation>
    </message>
    <message>
        <source>Risks to the people:</source>
        <translation>Risker för de registrerade:</translation>
    </message>
    <message>
        <source>&amp;Measures against the risks:</source>
        <translation>Å&amp;tgärder mot riskerna:</translation>
    </message>
    <message>
        <source>Residual ris&amp;k:</source>
        <translation>Kvarstående ris&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Besl&amp;ut:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Bedömd de&amp;n:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Nästa &amp;omprövning:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>&amp;Bedömare:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>Lägg till en &amp;risk</translation>
    </message>
</context>
<context>
    <name>DpoDecision</name>
    <message>
        <source>Is the business a public authority or body? (Art 37(1)(a))</source>
        <translation>Är företaget en myndighet eller ett offentligt organ? (art. 37.1 a)</translation>
    </message>
    <message>
        <source>Do the core activities consist of regular and systematic monitoring of people on a large scale? (Art 37(1)(b))</source>
        <translation>Består kärnverksamheten av regelbunden och systematisk övervakning av personer i stor omfattning? (art. 37.1 b)</translation>
    </message>
    <message>
        <source>Do the core activities consist of processing special categories of data (e.g. health) or criminal data on a large scale? (Art 37(1)(c))</source>
        <translation>Består kärnverksamheten av behandling i stor omfattning av särskilda kategorier av uppgifter (t.ex. hälsa) eller uppgifter om brott? (art. 37.1 c)</translation>
    </message>
    <message>
        <source>A data protection officer is not required</source>
        <translation>Inget dataskyddsombud krävs</translation>
    </message>
    <message>
        <source>A data protection officer is required and appointed</source>
        <translation>Ett dataskyddsombud krävs och har utsetts</translation>
    </message>
    <message>
        <source>Not required; a data protection officer is appointed voluntarily</source>
        <translation>Krävs inte; ett dataskyddsombud har utsetts frivilligt</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <source>Is a data protection officer needed? (Art 37)</source>
        <translation>Behövs ett dataskyddsombud? (artikel 37)</translation>
    </message>
    <message>
        <source>A data protection officer is required only when one of these three applies. Answer each and say why: the Art 30 record prints the reasoning.</source>
        <translation>Ett dataskyddsombud krävs bara när något av dessa tre gäller. Svara på var och en och motivera: registret över behandling (artikel 30) skriver ut motiveringen.</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Slutsats:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Beslutat:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;name:</source>
        <translation>Dataskyddsombudets &amp;namn:</translation>
    </message>
    <message>
        <source>DPO&apos;s e-&amp;mail:</source>
        <translation>Dataskyddsombudets &amp;e-post:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;phone:</source>
        <translation>Dataskyddsombudets &amp;telefon:</translation>
    </message>
    <message>
        <source>When one is appointed, give the DPO&apos;s contact: it is published in the privacy statements and told to the Data Protection Ombudsman (Art 37(7)).</source>
        <translation>När ett dataskyddsombud har utsetts, ange dess kontaktuppgifter: de offentliggörs i dataskyddsbeskrivningarna och meddelas dataombudsmannen (artikel 37.7).</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>The register holds no e-mail address for this person: send the answer by post.</source>
        <translation>Registret har ingen e-postadress för den här personen: skicka svaret per post.</translation>
    </message>
    <message>
        <source>The answer&apos;s PDF is not kept in the register (an erasure&apos;s letter is not archived): attach the copy you saved.</source>
        <translation>Svarets PDF-fil sparas inte i registret (brevet om radering arkiveras inte): bifoga kopian du sparade.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Lösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>Registret är redan krypterat.</translation>
    </message>
    <message>
        <source>The register is not encrypted.</source>
        <translation>Registret är inte krypterat.</translation>
    </message>
    <message>
        <source>This computer&apos;s key store could not keep the key: %1</source>
        <translation>Datorns nyckelförvaring kunde inte spara nyckeln: %1</translation>
    </message>
    <message>
        <source>The passphrase did not open the register. The program closes; the register is unchanged.</source>
        <translation>Lösenfrasen öppnade inte registret. Programmet stängs; registret är oförändrat.</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Protect the register</source>
        <translation>Skydda registret</translation>
    </message>
    <message>
        <source>If the computer or a backup is stolen, encryption keeps the register unread.</source>
        <translation>Om datorn eller en säkerhetskopia blir stulen håller krypteringen registret oläst.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>Registret är redan krypterat.</translation>
    </message>
    <message>
        <source>An encrypted register and its backups can only be opened with the passphrase. You can change this later in the settings.</source>
        <translation>Ett krypterat register och dess säkerhetskopior kan bara öppnas med lösenfrasen. Du kan ändra detta senare i inställningarna.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt</source>
        <translation>Kr&amp;yptera inte</translation>
    </message>
    <message>
        <source>&amp;Encrypt the register with a passphrase (recommended)</source>
        <translation>&amp;Kryptera registret med en lösenfras (rekommenderas)</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>E&amp;ncrypt the register…</source>
        <translation>Kryptera reg&amp;istret…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translation>&amp;Ta bort krypteringen…</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Kom ihåg nyckeln i datorns nyckelförvaring</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes:</source>
        <translation>Lås f&amp;önstret efter så här många minuter utan aktivitet:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>A locked window hides the register until it is unlocked with the passphrase (or with one click when the key is in the key store).</source>
        <translation>Ett låst fönster döljer registret tills det låses upp med lösenfrasen (eller med ett klick när nyckeln finns i nyckelförvaringen).</translation>
    </message>
    <message>
        <source>The register is not encrypted: anyone who gets the file or a backup can read it.</source>
        <translation>Registret är inte krypterat: vem som helst som får filen eller en säkerhetskopia kan läsa det.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The key is kept in this computer&apos;s key store, so the program starts without asking.</source>
        <translation>Registret och dess säkerhetskopior är krypterade. Nyckeln finns i datorns nyckelförvaring, så programmet startar utan att fråga.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The passphrase is asked at start.</source>
        <translation>Registret och dess säkerhetskopior är krypterade. Lösenfrasen efterfrågas vid start.</translation>
    </message>
    <message>
        <source>Encrypt the register</source>
        <translation>Kryptera registret</translation>
    </message>
    <message>
        <source>Encrypting the register…</source>
        <translation>Registret krypteras…</translation>
    </message>
    <message>
        <source>Older backups are not encrypted</source>
        <translation>Äldre säkerhetskopior är inte krypterade</translation>
    </message>
    <message>
        <source>%1 backups made before the register was encrypted are not encrypted and still reveal what they hold. Delete them now?</source>
        <translation>%1 säkerhetskopior som gjordes innan registret krypterades är okrypterade och deras innehåll kan fortfarande läsas. Radera dem nu?</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Encrypting the register with the new passphrase…</source>
        <translation>Registret krypteras med den nya lösenfrasen…</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Ta bort krypteringen</translation>
    </message>
    <message>
        <source>Without encryption, anyone who gets the register file or a new backup can read it. Backups made so far stay encrypted. Remove the encryption?</source>
        <translation>Utan kryptering kan vem som helst som får registerfilen eller en ny säkerhetskopia läsa den. Säkerhetskopior som redan gjorts förblir krypterade. Ta bort krypteringen?</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Krypteringen tas bort…</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Type the current passphrase of the register:</source>
        <translation>Skriv registrets nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register. Nothing was changed.</source>
        <translation>Det är inte registrets lösenfras. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>That did not work, and the register was left as it was: %1</source>
        <translation>Det lyckades inte, och registret lämnades som det var: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>Radera kund</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>%1 har raderats.</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Radera %1 permanent?</translation>
    </message>
    <message>
        <source>This person has open requests: %1. Once erased, they can no longer be answered by letter, so answer them first. An erasure request is best answered from the Requests page, which sends the confirmation and then erases.</source>
        <translation>Personen har öppna begäranden: %1. Efter raderingen kan de inte längre besvaras per brev, så besvara dem först. En begäran om radering besvaras bäst från sidan Begäranden, som skickar bekräftelsen och sedan raderar.</translation>
    </message>
    <message>
        <source>To confirm, type the name %1 below. This cannot be undone.</source>
        <translation>Bekräfta genom att skriva namnet %1 nedan. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Namn för att bekräfta raderingen</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the year in which the financial period ended; they are kept without any link to the person (GDPR Art 17(3)(b)).</source>
        <translation>Beställningarna är bokföringsverifikat som enligt bokföringslagen (2:10) ska bevaras i sex år från utgången av det år under vilket räkenskapsperioden gick ut; de bevaras utan koppling till personen (dataskyddsförordningen art. 17.3 b).</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <source>The request itself stays as proof that it was handled: its type, dates, timeline and the letter&apos;s fingerprint, without the person&apos;s name, contact details, description or attachments.</source>
        <translation>Själva begäran finns kvar som bevis på att den har hanterats: dess typ, datum, tidslinje och brevets kontrollsumma, utan personens namn, kontaktuppgifter, beskrivning eller bilagor.</translation>
    </message>
    <message>
        <source>To confirm, type the name %1 below. This cannot be undone.</source>
        <translation>Bekräfta genom att skriva namnet %1 nedan. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Namn för att bekräfta raderingen</translation>
    </message>
</context>
<context>
    <name>ErasureSections</name>
    <message>
        <source>Deleted:</source>
        <translation>Raderat:</translation>
    </message>
    <message>
        <source>This will be deleted:</source>
        <translation>Detta raderas:</translation>
    </message>
    <message>
        <source>Kept without any link to the person:</source>
        <translation>Bevarat utan koppling till personen:</translation>
    </message>
    <message>
        <source>These orders will be kept without any link to the person:</source>
        <translation>De här beställningarna bevaras utan koppling till personen:</translation>
    </message>
    <message>
        <source>order of %1, kept until %2</source>
        <translation>beställning %1, bevaras till %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
</context>
<context>
    <name>ErasureTexts</name>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>Kept as the erased person&apos;s entries (type, received, status), their descriptions and notes cleared:</source>
        <translation>Sparade som den raderade personens poster (typ, mottagen, status), beskrivningar och anteckningar tömda:</translation>
    </message>
    <message>
        <source>These requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared:</source>
        <translation>Dessa begäranden blir kvar i registret som den raderade personens poster (typ, mottagen, status); deras beskrivningar och anteckningar töms:</translation>
    </message>
    <message>
        <source>%1, received %2, %3</source>
        <translation>%1, mottagen %2, %3</translation>
    </message>
    <message>
        <source>No archived document is about the person or their requests.</source>
        <translation>Inget arkiverat dokument gäller personen eller personens begäranden.</translation>
    </message>
    <message>
        <source>Archived documents deleted (none was kept):</source>
        <translation>Raderade arkiverade dokument (inget sparades):</translation>
    </message>
    <message>
        <source>These archived documents about the person or their requests will be deleted; none is kept:</source>
        <translation>Dessa arkiverade dokument om personen eller personens begäranden raderas; inget sparas:</translation>
    </message>
    <message>
        <source>No backup in the backup folder was taken while the person was in the register.</source>
        <translation>Ingen säkerhetskopia i säkerhetskopiemappen togs medan personen fanns i registret.</translation>
    </message>
    <message>
        <source>Backups: %1 in the backup folder (%2 automatic, %3 made on request) were taken while the person was in the register and still hold them. Automatic ones go as they are rotated out (the newest %4 of each kind are kept); those made on request stay until removed (tietosuoja backup prune). A backup restored later erases the person again.</source>
        <translation>Säkerhetskopior: %1 i säkerhetskopiemappen (%2 automatiska, %3 gjorda på begäran) togs medan personen fanns i registret och innehåller fortfarande personens uppgifter. De automatiska försvinner när de roteras bort (de %4 nyaste av varje slag sparas); de som gjorts på begäran finns kvar tills de tas bort (tietosuoja backup prune). Om en säkerhetskopia återställs senare raderas personen på nytt.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sections %1 of the statement have texts with no translation into %2. Translate them (Registers, Translations…) or allow them to print in the original language with a note on the first page.</source>
        <translation>Avsnitten %1 i beskrivningen har texter som inte har översatts till %2. Översätt dem (Register, Översättningar…) eller tillåt att de skrivs ut på originalspråket med en anmärkning på första sidan.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Det finns ingen post (%1) med id %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be opened: %2</source>
        <translation>Datamappen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is already open in another Tietosuoja Desktop window or program. Close the other one and try again.</source>
        <translation>Datamappen %1 är redan öppen i ett annat Tietosuoja Desktop-fönster eller program. Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged, and there is no intact backup to restore. The damaged file is left as it is; contact support.</source>
        <translation>Registerfilen %1 är skadad, och det finns ingen felfri säkerhetskopia att återställa. Den skadade filen lämnas som den är; kontakta supporten.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Quit and start Tietosuoja Desktop again: it then offers to restore the newest intact backup, %2.</source>
        <translation>Registerfilen %1 är skadad. Avsluta och starta Tietosuoja Desktop på nytt: programmet erbjuder sig då att återställa den nyaste felfria säkerhetskopian, %2.</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Kan inte fortsätta</translation>
    </message>
    <message>
        <source>Please check these details:</source>
        <translation>Kontrollera de här uppgifterna:</translation>
    </message>
    <message>
        <source>The register in %1 was saved by a newer version of Tietosuoja Desktop (schema %2; this version knows up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation>Registret i %1 har sparats med en nyare version av Tietosuoja Desktop (databasens strukturversion %2; den här versionen känner till versioner upp till %3). Installera den nyare versionen för att öppna det; ingenting ändrades.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for a copy of the register in %1: the copy needs %2 MB and %3 MB is free. Free some space on that disk, or keep fewer backups (Settings, Backups).</source>
        <translation>Det finns inte tillräckligt med ledigt utrymme på disken för en kopia av registret i %1: kopian behöver %2 MB och %3 MB är ledigt. Frigör utrymme på disken eller behåll färre säkerhetskopior (Inställningar, Säkerhetskopior).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Marketing prohibited since</source>
        <translation>Förbud mot direktmarknadsföring sedan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Basis since</source>
        <translation>Grund sedan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>%1 texts of %2 have no translation into this language (statement sections %3). Translate them (Registers, Translations…) or print them as written:</source>
        <translation>%1 texter i %2 har ingen översättning till detta språk (avsnitten %3 i beskrivningen). Översätt dem (Register, Översättningar…) eller skriv ut dem som de är skrivna:</translation>
    </message>
    <message>
        <source>⚠ Not yet answered for %1, so the statement says nothing about them: %2 (Registers).</source>
        <translation>⚠ Frågorna om %1 är ännu obesvarade, så beskrivningen säger ingenting om dem: %2 (Register).</translation>
    </message>
    <message>
        <source>The record prints the untranslated texts of these registers as written: %1.</source>
        <translation>Registret över behandling visar de oöversatta texterna i dessa register som de är skrivna: %1.</translation>
    </message>
    <message>
        <source>Make a document</source>
        <translation>Skapa ett dokument</translation>
    </message>
    <message>
        <source>Privacy statement of the &amp;register</source>
        <translation>Registrets &amp;dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>No registers yet</source>
        <translation>Inga register ännu</translation>
    </message>
    <message>
        <source>Change &amp;note</source>
        <translation>Ändringsano&amp;teckning</translation>
    </message>
    <message>
        <source>What changed in this version of the statement (optional)</source>
        <translation>Vad som ändrats i denna version av beskrivningen (valfritt)</translation>
    </message>
    <message>
        <source>Record of processing activities (Art 30)</source>
        <translation>Register över behandling (art. 30)</translation>
    </message>
    <message>
        <source>Data protection policy (internal r&amp;ules)</source>
        <translation>Dataskydds&amp;policy (interna regler)</translation>
    </message>
    <message>
        <source>Own &amp;additions…</source>
        <translation>Egna ti&amp;llägg…</translation>
    </message>
    <message>
        <source>Your own rules added to the sections the app writes from the register</source>
        <translation>Dina egna regler som läggs till de avsnitt programmet skriver utifrån registret</translation>
    </message>
    <message>
        <source>Make polic&amp;y…</source>
        <translation>Skapa polic&amp;yn…</translation>
    </message>
    <message>
        <source>Po&amp;licy change</source>
        <translation>&amp;Ändring av policyn</translation>
    </message>
    <message>
        <source>What changed in this version of the policy (optional)</source>
        <translation>Vad som ändrats i denna version av policyn (frivilligt)</translation>
    </message>
    <message>
        <source>Change note of the policy</source>
        <translation>Policyns ändringsanteckning</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation>Signera digitalt</translation>
    </message>
    <message>
        <source>Make s&amp;tatement…</source>
        <translation>Skapa &amp;beskrivningen…</translation>
    </message>
    <message>
        <source>Print them in the original language, with a note on the first page</source>
        <translation>Skriv ut dem på originalspråket med en anmärkning på första sidan</translation>
    </message>
    <message>
        <source>Make re&amp;cord…</source>
        <translation>Skapa re&amp;gistret…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or business ID</source>
        <translation>Namn, e-post, telefon eller FO-nummer</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation>&amp;Direktmarknadsföring:</translation>
    </message>
    <message>
        <source>Marketing filter</source>
        <translation>Filter för direktmarknadsföring</translation>
    </message>
    <message>
        <source>Re&amp;gister:</source>
        <translation>Re&amp;gister:</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Registerfilter</translation>
    </message>
    <message>
        <source>Res&amp;tricted only</source>
        <translation>Endast &amp;begränsade</translation>
    </message>
    <message>
        <source>People whose processing is restricted (GDPR Art 18)</source>
        <translation>Personer vars behandling är begränsad (dataskyddsförordningen art. 18)</translation>
    </message>
    <message>
        <source>Past &amp;retention</source>
        <translation>&amp;Lagringstiden ute</translation>
    </message>
    <message>
        <source>People kept longer than their register&apos;s retention period allows</source>
        <translation>Personer vars uppgifter sparats längre än registrets lagringstid tillåter</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Marketing allowed</source>
        <translation>Direktmarknadsföring tillåten</translation>
    </message>
    <message>
        <source>Marketing prohibited</source>
        <translation>Direktmarknadsföring förbjuden</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>Alla register</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Your data stays on this computer.</source>
        <translation>Dina uppgifter stannar på den här datorn.</translation>
    </message>
    <message>
        <source>The register, its descriptions and everything you record are kept in:</source>
        <translation>Registret, dess beskrivningar och allt du för in sparas i mappen:</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. Include this folder in your backups. If something goes wrong, the program writes the details to the folder %1.</source>
        <translation>Ingenting skickas någonstans. Ta med den här mappen i dina säkerhetskopior. Om något går fel skriver programmet detaljerna i mappen %1.</translation>
    </message>
    <message>
        <source>Finishing saves the profile and the register and opens the program.</source>
        <translation>När du avslutar guiden sparas profilen och registret och programmet öppnas.</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>due today</source>
        <translation>ska besvaras i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>FulfilFlows</name>
    <message>
        <source>No data held</source>
        <translation>Inga uppgifter finns</translation>
    </message>
    <message>
        <source>%1 is not in the register. The letter tells them that no personal data about them is held.</source>
        <translation>%1 finns inte i registret. Brevet meddelar att inga personuppgifter om personen finns.</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Den som begär</translation>
    </message>
    <message>
        <source>A further note for the letter (optional):</source>
        <translation>En ytterligare anmärkning till brevet (valfri):</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Skapa brevet</translation>
    </message>
    <message>
        <source>Completed: the no-data-held letter is made.</source>
        <translation>Klart: brevet om att inga uppgifter finns är skapat.</translation>
    </message>
    <message>
        <source>Send the access report</source>
        <translation>Skicka registerutdraget</translation>
    </message>
    <message>
        <source>The report holds a copy of all data about %1 with the purposes, recipients, retention and the person&apos;s rights (Art 15).</source>
        <translation>Registerutdraget innehåller en kopia av alla uppgifter om %1 med ändamål, mottagare, lagringstid och den registrerades rättigheter (art. 15).</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Skapa registerutdraget</translation>
    </message>
    <message>
        <source>Completed: the access report is made.</source>
        <translation>Klart: registerutdraget är skapat.</translation>
    </message>
    <message>
        <source>Record the corrections</source>
        <translation>Anteckna rättelserna</translation>
    </message>
    <message>
        <source>Correct the data of %1, then record which fields were corrected. The letter lists them.</source>
        <translation>Rätta uppgifterna om %1 och anteckna sedan vilka fält som rättades. Brevet räknar upp dem.</translation>
    </message>
    <message>
        <source>Record and make the letter</source>
        <translation>Anteckna och skapa brevet</translation>
    </message>
    <message>
        <source>Completed: the corrections are recorded.</source>
        <translation>Klart: rättelserna är antecknade.</translation>
    </message>
    <message>
        <source>Completed. Tell these recipients about the correction (Art 19): %1</source>
        <translation>Klart. Meddela dessa mottagare om rättelsen (art. 19): %1</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Radera %1 permanent?</translation>
    </message>
    <message>
        <source>This is what the erasure deletes and what the law requires to keep (Art 17(3)).</source>
        <translation>Här visas vad raderingen tar bort och vad lagen kräver att bevaras (art. 17.3).</translation>
    </message>
    <message>
        <source>&amp;Erase and make the letter</source>
        <translation>&amp;Radera och skapa brevet</translation>
    </message>
    <message>
        <source>%1 has been erased. The letter is not kept in the register: print or save it now.</source>
        <translation>%1 har raderats. Brevet sparas inte i registret: skriv ut eller spara det nu.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <source>%1 is marked restricted from today: the data is kept but excluded from all use and exports (Art 18).</source>
        <translation>%1 markeras som begränsad från i dag: uppgifterna bevaras men undantas från all användning och export (art. 18).</translation>
    </message>
    <message>
        <source>Completed: the person is marked restricted.</source>
        <translation>Klart: personen är markerad som begränsad.</translation>
    </message>
    <message>
        <source>Record the objection</source>
        <translation>Anteckna invändningen</translation>
    </message>
    <message>
        <source>Processing of the data of %1 based on legitimate interests stops from today, unless there are compelling legitimate grounds (Art 21(1)).</source>
        <translation>Behandlingen av uppgifterna om %1 som grundar sig på berättigat intresse upphör från i dag, om det inte finns tvingande berättigade skäl (art. 21.1).</translation>
    </message>
    <message>
        <source>Completed: the objection is recorded.</source>
        <translation>Klart: invändningen är antecknad.</translation>
    </message>
    <message>
        <source>Stop direct marketing</source>
        <translation>Stoppa direktmarknadsföringen</translation>
    </message>
    <message>
        <source>%1 drops out of every marketing list and export, for good (Art 21(2)-(3)).</source>
        <translation>%1 tas bort från alla marknadsföringslistor och exporter för gott (art. 21.2–3).</translation>
    </message>
    <message>
        <source>Completed: direct marketing is prohibited for good.</source>
        <translation>Klart: direktmarknadsföring är förbjuden för gott.</translation>
    </message>
    <message>
        <source>Record the consent withdrawal</source>
        <translation>Anteckna återkallelsen av samtycket</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with today&apos;s date and the processing based on the consent stops (Art 7(3)).</source>
        <translation>Återkallelsen antecknas med dagens datum och behandlingen som grundar sig på samtycket upphör (art. 7.3).</translation>
    </message>
    <message>
        <source>Withdraw and make the letter</source>
        <translation>Återkalla och skapa brevet</translation>
    </message>
    <message>
        <source>Completed: the withdrawal is recorded.</source>
        <translation>Klart: återkallelsen är antecknad.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exportera personens uppgifter</translation>
    </message>
    <message>
        <source>The data %1 provided is exported as JSON and CSV in one ZIP file (Art 20). Next you choose where to save it.</source>
        <translation>Uppgifterna som %1 har lämnat exporteras som JSON och CSV i en ZIP-fil (art. 20). Därefter väljer du var den sparas.</translation>
    </message>
    <message>
        <source>Export and make the letter</source>
        <translation>Exportera och skapa brevet</translation>
    </message>
    <message>
        <source>Save the data export</source>
        <translation>Spara dataexporten</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Dataexport</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was done: no file was chosen.</source>
        <translation>Ingenting gjordes: ingen fil valdes.</translation>
    </message>
    <message>
        <source>Completed: the data export was saved to %1.</source>
        <translation>Klart: dataexporten sparades i %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>What needs attention today: requests due within a week or overdue, and people whose retention period has run out. Double-click a row to open it.</source>
        <translation>Det som behöver åtgärdas i dag: begäranden som ska besvaras inom en vecka eller är försenade, och personer vars lagringstid har gått ut. Dubbelklicka på en rad för att öppna den.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Everyone in your registers. Type in the search box to find a person; add a customer with Ctrl+N. A person can be restricted, their marketing prohibited, or erased, with a preview of what goes and what stays.</source>
        <translation>Alla personer i dina register. Skriv i sökrutan för att hitta en person; lägg till en kund med Ctrl+N. Behandlingen kan begränsas, direktmarknadsföring förbjudas eller personen raderas, och innan radering ser du vad som tas bort och vad som bevaras.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Requests from people about their data (access, erasure, objection...). An answer is due one month after the request arrived; the program counts the deadline over weekends and public holidays and colours it as it nears.</source>
        <translation>Personers begäranden om sina uppgifter (tillgång, radering, invändning...). Svaret ska ges inom en månad från att begäran kom in; programmet räknar fristen med hänsyn till veckoslut och helgdagar och färgar den när den närmar sig.</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>The content of each register&apos;s privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</source>
        <translation>Innehållet i varje registers dataskyddsbeskrivning. Varje avsnitt anger vilket krav i dataskyddsförordningen det uppfyller; ett tomt obligatoriskt avsnitt markeras med en varning.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+6 switch between the pages, Ctrl+N adds, Ctrl+F searches, Ctrl+P prints where printing is possible, F5 refreshes and Ctrl+Q quits. An underlined letter in a label, with Alt, moves to its field.</source>
        <translation>Alt+1–Alt+6 växlar mellan sidorna, Ctrl+N lägger till, Ctrl+F söker, Ctrl+P skriver ut där det går, F5 uppdaterar och Ctrl+Q avslutar. Alt och den understrukna bokstaven i en etikett flyttar till fältet.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <source>Everything stays on this computer in the data folder shown in Settings and in the status bar. Include that folder in your backups.</source>
        <translation>Allt stannar på den här datorn i datamappen som visas i inställningarna och i statusfältet. Ta med mappen i dina säkerhetskopior.</translation>
    </message>
    <message>
        <source>Using Tietosuoja Desktop</source>
        <translation>Använda Tietosuoja Desktop</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>No changes recorded.</source>
        <translation>Inga ändringar antecknade.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Raderingsspärr</translation>
    </message>
    <message>
        <source>A person on legal hold (e.g. an open dispute) is skipped when everyone past retention is erased. The hold ends after its last day.</source>
        <translation>När alla vars lagringstid har gått ut raderas hoppas en person med raderingsspärr (t.ex. en pågående tvist) över. Spärren upphör efter sista dagen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Lägg spärr</translation>
    </message>
    <message>
        <source>Rele&amp;ase hold</source>
        <translation>&amp;Häv spärren</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Signeringsidentitet</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create one for your business, or import the PKCS#12 file of a certificate from a certification authority.</source>
        <translation>Det finns ingen signeringsidentitet ännu. Skapa en för ditt företag, eller importera PKCS#12-filen för ett certifikat från en certifikatutfärdare.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>FO-nummer:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Giltig från:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Giltig till:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certifikat:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Kontrollsumma (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Skapa…</translation>
    </message>
    <message>
        <source>&amp;Create a new one…</source>
        <translation>&amp;Skapa en ny…</translation>
    </message>
    <message>
        <source>Made by this app for your business (self-signed)</source>
        <translation>Skapat av den här appen för ditt företag (självsignerat)</translation>
    </message>
    <message>
        <source>Issued by a certification authority</source>
        <translation>Utfärdat av en certifikatutfärdare</translation>
    </message>
</context>
<context>
    <name>IdentityQuestion</name>
    <message>
        <source>The contact given is not the e-mail or phone the register holds for this person, and the answer discloses or changes their data. Is the identity certain?</source>
        <translation>Den angivna kontaktuppgiften är inte den e-post eller det telefonnummer som registret har för personen, och svaret lämnar ut eller ändrar personens uppgifter. Är identiteten säker?</translation>
    </message>
    <message>
        <source>No: as&amp;k for proof of identity after logging</source>
        <translation>Nej: b&amp;egär bevis på identiteten efter registreringen</translation>
    </message>
    <message>
        <source>Yes, certain, &amp;because:</source>
        <translation>Ja, säker, &amp;därför att:</translation>
    </message>
    <message>
        <source>Why the identity is certain</source>
        <translation>Varför identiteten är säker</translation>
    </message>
    <message>
        <source>e.g. asked in person, known to me</source>
        <translation>t.ex. frågade personligen, känd för mig</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Fullständigt namn (för- och efternamn)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer (Y-tunnus)</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Street address, 2nd line</source>
        <translation>Gatuadress, rad 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Person eller organisation</translation>
    </message>
    <message>
        <source>Order: number</source>
        <translation>Beställning: nummer</translation>
    </message>
    <message>
        <source>Order: date</source>
        <translation>Beställning: datum</translation>
    </message>
    <message>
        <source>Order: products</source>
        <translation>Beställning: produkter</translation>
    </message>
    <message>
        <source>Order: total (euros)</source>
        <translation>Beställning: totalt (euro)</translation>
    </message>
    <message>
        <source>Order: status</source>
        <translation>Beställning: status</translation>
    </message>
    <message>
        <source>Marketing: e-mail permission (yes/no)</source>
        <translation>Marknadsföring: tillstånd för e-post (ja/nej)</translation>
    </message>
    <message>
        <source>Marketing: SMS permission (yes/no)</source>
        <translation>Marknadsföring: tillstånd för sms (ja/nej)</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2.</source>
        <translation>Raden har %1 kolumner men rubrikraden har %2.</translation>
    </message>
    <message>
        <source>Not a date: write it as 31.1.2026 or 2026-01-31.</source>
        <translation>Inte ett datum: skriv det som 31.1.2026 eller 2026-01-31.</translation>
    </message>
    <message>
        <source>Unknown language: use fi, sv or en.</source>
        <translation>Okänt språk: använd fi, sv eller en.</translation>
    </message>
    <message>
        <source>Unknown customer type: use person or organisation.</source>
        <translation>Okänd kundtyp: använd person eller organisation.</translation>
    </message>
    <message>
        <source>Not an amount in euros with at most two decimals, e.g. 12,50.</source>
        <translation>Inte ett belopp i euro med högst två decimaler, t.ex. 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Unknown order status: use open, delivered, invoiced, paid, cancelled or returned.</source>
        <translation>Okänd orderstatus: använd open, delivered, invoiced, paid, cancelled eller returned.</translation>
    </message>
    <message>
        <source>The order has no date.</source>
        <translation>Beställningen har inget datum.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Texten är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>Not a yes or no: write yes or no (kyllä/ei, ja/nej).</source>
        <translation>Inte ja eller nej: skriv ja eller nej (kyllä/ei, yes/no).</translation>
    </message>
    <message>
        <source>No column is imported as a name or an organisation: choose one in the mapping.</source>
        <translation>Ingen kolumn importeras som namn eller organisation: välj en i kolumnmatchningen.</translation>
    </message>
    <message>
        <source>Orders are imported but no column is the order date: choose one in the mapping.</source>
        <translation>Beställningar importeras men ingen kolumn är beställningsdatum: välj en i kolumnmatchningen.</translation>
    </message>
    <message>
        <source>A quotation mark in this row is not closed, so the following lines were read into it.</source>
        <translation>Ett citattecken på raden stängs inte, så de följande raderna lästes in i den.</translation>
    </message>
    <message>
        <source>There is no register %1.</source>
        <translation>Det finns inget register %1.</translation>
    </message>
    <message>
        <source>The order date cannot be in the future.</source>
        <translation>Beställningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The column “%1” is recognised only when the file is read as UTF-8 (as “%2”); read as %3 it is not imported unless you choose what to import it as.</source>
        <translation>Kolumnen ”%1” känns igen bara när filen läses som UTF-8 (som ”%2”); läst som %3 importeras den inte, om du inte väljer vad den ska importeras som.</translation>
    </message>
    <message>
        <source>The marketing permission columns are not imported: choose the marketing purpose they are consents for.</source>
        <translation>Kolumnerna med marknadsföringstillstånd importeras inte: välj det ändamål för marknadsföring som samtyckena gäller.</translation>
    </message>
    <message>
        <source>The file is UTF-8 text except in places that are not UTF-8 (bytes: %1, lines: %2). Read as Windows-1252 instead, every ä and ö of the rest would be stored garbled.</source>
        <translation>Filen är UTF-8-text utom på ställen som inte är UTF-8 (byte: %1, rader: %2). Läst som Windows-1252 i stället skulle varje ä och ö i resten sparas förvanskat.</translation>
    </message>
    <message>
        <source>The file cannot be read as %3 (bytes that do not decode: %1, lines: %2).</source>
        <translation>Filen kan inte läsas som %3 (byte som inte kan avkodas: %1, rader: %2).</translation>
    </message>
    <message>
        <source>line %1: byte %2</source>
        <translation>rad %1: byte %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Importera kunder från en CSV-fil</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Add to &amp;register:</source>
        <translation>Lägg till i &amp;register:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Dubbletter:</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Keep the register&apos;s details as they are.</source>
        <translation>Behåll registrets uppgifter som de är.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Sa&amp;mmanfoga</translation>
    </message>
    <message>
        <source>Fill in what the register lacks; nothing already there is overwritten.</source>
        <translation>Fyll i det som saknas i registret; ingenting som redan finns skrivs över.</translation>
    </message>
    <message>
        <source>Also import &amp;orders (one order per row)</source>
        <translation>Importera även &amp;beställningar (en beställning per rad)</translation>
    </message>
    <message>
        <source>Marketing &amp;permissions for:</source>
        <translation>Marknadsföring&amp;stillstånd för:</translation>
    </message>
    <message>
        <source>The purpose the web shop&apos;s marketing permission columns (e-mail, SMS) are consents for; leave empty not to import them.</source>
        <translation>Det ändamål som webbutikens kolumner med marknadsföringstillstånd (e-post, sms) är samtycken för; lämna tomt för att inte importera dem.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Show only duplicates and refused rows</source>
        <translation>Visa endast dubbletter och avvisade rader</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>&amp;Kontrollera raderna</translation>
    </message>
    <message>
        <source>Save refused ro&amp;ws…</source>
        <translation>Spara avvisade ra&amp;der…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or a web shop (WooCommerce, Shopify…).</source>
        <translation>Välj en CSV-fil som sparats från ett kalkylprogram eller en webbutik (WooCommerce, Shopify…).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns; encoding %3, separated by %4.</source>
        <translation>%1 rader, %2 kolumner; teckenkodning %3, avgränsade med %4.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Fix those bytes in the file (save it again as UTF-8), or choose Windows-1252 under Encoding to read it so and check the rows before importing.</source>
        <translation>Ingenting har lästs in. Rätta de byten i filen (spara den på nytt som UTF-8), eller välj Windows-1252 under Teckenkodning för att läsa den så och kontrollera raderna före importen.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Save the file again as UTF-8.</source>
        <translation>Ingenting har lästs in. Spara filen på nytt som UTF-8.</translation>
    </message>
    <message>
        <source>Check the rows to see which can be imported.</source>
        <translation>Kontrollera raderna för att se vilka som kan importeras.</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicates, %3 refused.</source>
        <translation>%1 nya, %2 dubbletter, %3 avvisade.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Det lyckades inte: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla (*)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importerar kunder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Imported %1 new customers and %2 orders; %3 duplicates merged, %4 skipped, %5 rows refused.</source>
        <translation>Importerade %1 nya kunder och %2 beställningar; %3 dubbletter sammanfogades, %4 hoppades över, %5 rader avvisades.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Spara avvisade rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 refused rows saved in %2.</source>
        <translation>%1 avvisade rader sparade i %2.</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Importera en signeringsidentitet</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) you got from a certification authority and type its passphrase. The app keeps a copy in the data folder, locked with the same passphrase.</source>
        <translation>Välj PKCS#12-filen (.p12 eller .pfx) som du fått från en certifikatutfärdare och skriv dess lösenfras. Appen sparar en kopia i datamappen, låst med samma lösenfras.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose a PKCS#12 file</source>
        <translation>Välj en PKCS#12-fil</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-filer (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Record the people informed</source>
        <translation>Anteckna information till de berörda</translation>
    </message>
    <message>
        <source>When the risk is high, tell the people affected without undue delay, in plain language (the letters do this), unless one of the exceptions applies.</source>
        <translation>När risken är hög ska de berörda informeras utan onödigt dröjsmål och på ett klart språk (breven gör detta), om inte något av undantagen gäller.</translation>
    </message>
    <message>
        <source>&amp;Exception:</source>
        <translation>&amp;Undantag:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informerade:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>Hur &amp;många:</translation>
    </message>
    <message>
        <source>&amp;Why the exception applies:</source>
        <translation>&amp;Varför undantaget gäller:</translation>
    </message>
    <message>
        <source>e.g. by letter, by e-mail</source>
        <translation>t.ex. per brev, per e-post</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>The period cannot start after today.</source>
        <translation>Perioden kan inte börja efter i dag.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Tillsynsmapp</translation>
    </message>
    <message>
        <source>One folder to show the supervisory authority or a customer that you comply (Art 5(2), 24): a cover page with the 15 checklist items, the record of processing, the statements and their versions, the assessments, the logs of the period and the audit log&apos;s check. Items not yet answered are listed as open, with what to do.</source>
        <translation>En mapp som visar tillsynsmyndigheten eller en kund att du följer dataskyddsförordningen (art. 5.2, 24): ett försättsblad med checklistans 15 punkter, registret över behandling, dataskyddsbeskrivningarna med versioner, bedömningarna, periodens förteckningar och kontrollen av händelseloggen. Punkter som ännu inte är besvarade visas som öppna, med vad som ska göras.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A new dated folder</source>
        <translation>En ny daterad mapp</translation>
    </message>
    <message>
        <source>A ZIP file</source>
        <translation>En ZIP-fil</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>The first day of the requests and breaches included</source>
        <translation>Den första dagen för de begäranden och incidenter som tas med</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Sign every PDF</source>
        <translation>Signera &amp;varje PDF</translation>
    </message>
    <message>
        <source>Create or import a signing identity to sign</source>
        <translation>Skapa eller importera en signeringsnyckel för att signera</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Signeringsnyckelns lösenfras</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Make the folder</source>
        <translation>Skapa &amp;mappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save the folder as a ZIP file</source>
        <translation>Spara mappen som en ZIP-fil</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the supervisor&apos;s folder</source>
        <translation>Mapp för tillsynsmappen</translation>
    </message>
    <message>
        <source>Choose where the folder goes.</source>
        <translation>Välj var mappen sparas.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Skriv lösenfrasen till din signeringsnyckel.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 files).</source>
        <translation>Sparad: %1 (%2 filer).</translation>
    </message>
    <message>
        <source>Open items (%1):</source>
        <translation>Öppna punkter (%1):</translation>
    </message>
    <message>
        <source>Every checklist item is answered.</source>
        <translation>Alla punkter i checklistan är besvarade.</translation>
    </message>
    <message>
        <source>Could not write there: %1</source>
        <translation>Det gick inte att skriva där: %1</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Lösenfrasen stämmer inte. Kontrollera den och försök igen.</translation>
    </message>
</context>
<context>
    <name>InterestAssessment</name>
    <message>
        <source>The interest is not overridden: the processing may proceed</source>
        <translation>Intresset väger tyngst: behandlingen kan fortsätta</translation>
    </message>
    <message>
        <source>The person&apos;s interests override it: not on legitimate interests</source>
        <translation>Personens intressen väger tyngre: inte med stöd av berättigat intresse</translation>
    </message>
</context>
<context>
    <name>InterestAssessmentDialog</name>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Bedömning av berättigat intresse</translation>
    </message>
    <message>
        <source>Legitimate interest assessment (Art 6(1)(f))</source>
        <translation>Bedömning av berättigat intresse (art. 6.1 f)</translation>
    </message>
    <message>
        <source>Purpose %1: %2</source>
        <translation>Ändamål %1: %2</translation>
    </message>
    <message>
        <source>This purpose has changed since it was assessed: check every answer and save the assessment again.</source>
        <translation>Ändamålet har ändrats efter bedömningen: kontrollera varje svar och spara bedömningen på nytt.</translation>
    </message>
    <message>
        <source>The legitimate &amp;interest:</source>
        <translation>Berättigat &amp;intresse:</translation>
    </message>
    <message>
        <source>Why the processing is &amp;necessary for it:</source>
        <translation>Varför behandlingen är &amp;nödvändig för det:</translation>
    </message>
    <message>
        <source>&amp;Balancing against the person&apos;s expectations and rights:</source>
        <translation>&amp;Avvägning mot personens förväntningar och rättigheter:</translation>
    </message>
    <message>
        <source>Sa&amp;feguards:</source>
        <translation>S&amp;kyddsåtgärder:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Sl&amp;utsats:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>&amp;Bedömd av:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rättslig förpliktelse</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Grundläggande intresse</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Uppgift av allmänt intresse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Direct-marketing objection</source>
        <translation>Förbud mot direktmarknadsföring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Återkallat samtycke</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Waiting for identity</source>
        <translation>Väntar på identitetsbevis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Förlängd</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klar att skickas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Tidsfristen går snart ut</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>after the last activity</source>
        <translation>efter senaste kontakt</translation>
    </message>
    <message>
        <source>after the last order</source>
        <translation>efter senaste beställning</translation>
    </message>
    <message>
        <source>after becoming a customer</source>
        <translation>från att kundrelationen började</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Ännu inte besvarad</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Only when technically necessary</source>
        <translation>Endast när det är tekniskt nödvändigt</translation>
    </message>
    <message>
        <source>Art %1</source>
        <translation>art. %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Tietosuoja Desktop</source>
        <translation>Välkommen till Tietosuoja Desktop</translation>
    </message>
    <message>
        <source>Choose the language of the program.</source>
        <translation>Välj programmets språk.</translation>
    </message>
    <message>
        <source>This program keeps your customer register and its privacy statement, and reminds you when a person&apos;s request must be answered. Setting up takes a few minutes; you can change everything later.</source>
        <translation>Med det här programmet sköter du ditt kundregister och dess dataskyddsbeskrivning, och det påminner dig när en persons begäran ska besvaras. Det tar några minuter att komma i gång; allt kan ändras senare.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to the people affected</source>
        <translation>Brev till de berörda</translation>
    </message>
    <message>
        <source>One letter to each of the %1 linked customers, each in their own language. Every letter is also archived with the person.</source>
        <translation>Ett brev till var och en av de %1 länkade kunderna, på deras eget språk. Varje brev arkiveras också hos personen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>Signera &amp;digitalt</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letters by e-mail</source>
        <translation>Signera med din signeringsnyckel för att skicka breven per e-post</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign the letters digitally.</source>
        <translation>Skapa eller importera en signeringsnyckel i inställningarna för att signera breven digitalt.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Signeringsnyckelns lösenfras</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>&amp;Skriv breven</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mapp för breven</translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation>Välj mappen för breven.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Skriv lösenfrasen för din signeringsnyckel.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Lösenfrasen är fel. Kontrollera den och försök igen.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The register in %1 is open on the computer %2, or Tietosuoja Desktop did not close there. A register must not be used from two computers at once through a synchronised or shared folder: it can be corrupted. Close it on %2, make a backup there and restore it on this computer. If it is not open on %2 any more, delete the file %3 and start again.</source>
        <translation>Registret i %1 är öppet på datorn %2, eller så stängdes Tietosuoja Desktop inte ordentligt där. Ett register får inte användas från två datorer samtidigt via en synkroniserad eller delad mapp: det kan skadas. Stäng det på %2, gör en säkerhetskopia där och återställ den på den här datorn. Om registret inte längre är öppet på %2, radera filen %3 och starta programmet igen.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>The register is hidden. Type its passphrase to go on.</source>
        <translation>Registret är dolt. Skriv dess lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <source>The register is hidden while you are away.</source>
        <translation>Registret är dolt medan du är borta.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register.</source>
        <translation>Det är inte registrets lösenfras.</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <source>Log a request</source>
        <translation>För in en begäran</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Begäran:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Inko&amp;m:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besk&amp;rivning:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>&amp;Avsändare:</translation>
    </message>
    <message>
        <source>The e-mail address or phone it came from</source>
        <translation>E-postadressen eller telefonnumret som begäran kom från</translation>
    </message>
    <message>
        <source>&amp;Attach the original…</source>
        <translation>Bifoga &amp;originalet…</translation>
    </message>
    <message>
        <source>&amp;Log the request</source>
        <translation>Re&amp;gistrera begäran</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>What the person asks, in their words</source>
        <translation>Vad personen begär, med egna ord</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Ska besvaras senast %1</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Bifoga originalet</translation>
    </message>
    <message>
        <source>A scanned letter or a saved e-mail (optional)</source>
        <translation>Ett skannat brev eller ett sparat e-postmeddelande (valfritt)</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Välj personen i listan.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>&amp;Importera kunder från CSV…</translation>
    </message>
    <message>
        <source>Export &amp;marketing list…</source>
        <translation>Exportera &amp;marknadsföringslista…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Processors and recipients…</source>
        <translation>&amp;Biträden och mottagare…</translation>
    </message>
    <message>
        <source>&amp;Who has access…</source>
        <translation>&amp;Vem har tillgång…</translation>
    </message>
    <message>
        <source>Security re&amp;view…</source>
        <translation>Säkerhets&amp;granskning…</translation>
    </message>
    <message>
        <source>&amp;Data protection officer…</source>
        <translation>&amp;Dataskyddsombud…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Tietosuoja Desktop</source>
        <translation>&amp;Om Tietosuoja Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Tietosuoja Desktop</source>
        <translation>Om Tietosuoja Desktop</translation>
    </message>
    <message>
        <source>%1 %2

A customer register, data-subject requests and privacy statements for Finnish sole traders. Everything stays on this computer.</source>
        <translation>%1 %2

Kundregister, registrerades begäranden och dataskyddsbeskrivningar för finländska enskilda näringsidkare. Allt stannar på den här datorn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers are not available.</source>
        <translation>Kunderna är inte tillgängliga.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>%1 customers · %2 open requests</source>
        <translation>%1 kunder · %2 öppna begäranden</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datamapp: %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Textmeddelande</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation>kundförhållande</translation>
    </message>
    <message>
        <source>business contact</source>
        <translation>företagskontakt</translation>
    </message>
    <message>
        <source>allowed unless refused</source>
        <translation>tillåtet om inte förbjudet</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>behandlingen begränsad</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>direktmarknadsföring förbjuden</translation>
    </message>
    <message>
        <source>refused on this channel</source>
        <translation>nekat i denna kanal</translation>
    </message>
    <message>
        <source>no address or number</source>
        <translation>ingen adress eller inget nummer</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>samtycket återkallat</translation>
    </message>
    <message>
        <source>existing-customer basis lapsed</source>
        <translation>grunden i kundförhållandet har upphört</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>inget samtycke</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>på spärrlistan</translation>
    </message>
</context>
<context>
    <name>MarketingDialogs</name>
    <message>
        <source>web form</source>
        <translation>webbformulär</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>pappersblankett</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>web-shop import</source>
        <translation>import från webbutik</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>Refused marketing on %1</source>
        <translation>Avböjde marknadsföring: %1</translation>
    </message>
    <message>
        <source>Allowed marketing on %1 again</source>
        <translation>Tillät marknadsföring igen: %1</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1 (Art 21(2))</source>
        <translation>Förbjöd direktmarknadsföring: %1 (art. 21.2)</translation>
    </message>
</context>
<context>
    <name>MarketingExportDialog</name>
    <message>
        <source>Export a marketing list</source>
        <translation>Exportera en marknadsföringslista</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>Marketing channel</source>
        <translation>Marknadsföringskanal</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Ändamål med marknadsföringen</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services &amp;similar to those sold</source>
        <translation>Företagets egna produkter eller tjänster &amp;liknande dem som sålts</translation>
    </message>
    <message>
        <source>Customers may then be sent e-mail and SMS without consent (existing-customer rule)</source>
        <translation>Kunder får då skickas e-post och sms utan samtycke (regeln om kundförhållande)</translation>
    </message>
    <message>
        <source>It concerns people in their &amp;role at a company</source>
        <translation>Gäller personer i deras &amp;roll på ett företag</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportens resultat</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>Inga ändamål för marknadsföring ännu: ange ett i ett register eller anteckna ett samtycke.</translation>
    </message>
    <message>
        <source>marketing list</source>
        <translation>marknadsföringslista</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-filer (*.csv);;Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 personer exporterade till %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Utelämnade:</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Det lyckades inte: %1</translation>
    </message>
    <message>
        <source>The list is still being written; close the window when it is done.</source>
        <translation>Listan skrivs fortfarande; stäng fönstret när den är klar.</translation>
    </message>
</context>
<context>
    <name>MarketingTab</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Ändamål med marknadsföringen</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services similar to those sold</source>
        <translation>Företagets egna produkter eller tjänster liknande dem som sålts</translation>
    </message>
    <message>
        <source>It concerns the person&apos;s role at a company</source>
        <translation>Gäller personens roll på ett företag</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>Inga ändamål för marknadsföring ännu: ange ett i ett register eller anteckna ett samtycke.</translation>
    </message>
    <message>
        <source>Consent record (PDF)…</source>
        <translation>Sammanställning av samtycken (PDF)…</translation>
    </message>
    <message>
        <source>Save the person&apos;s consent record as PDF</source>
        <translation>Spara personens sammanställning av samtycken som PDF</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Samtycke…</translation>
    </message>
    <message>
        <source>Record a consent for %1</source>
        <translation>Anteckna samtycke: %1</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Återkallelse…</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent for %1</source>
        <translation>Anteckna återkallat samtycke: %1</translation>
    </message>
    <message>
        <source>Marketing on %1</source>
        <translation>Marknadsföring: %1</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Avböj…</translation>
    </message>
    <message>
        <source>Allow again…</source>
        <translation>Tillåt igen…</translation>
    </message>
    <message>
        <source>Allow marketing on %1 again</source>
        <translation>Tillåt marknadsföring igen: %1</translation>
    </message>
    <message>
        <source>Refuse marketing on %1</source>
        <translation>Avböj marknadsföring: %1</translation>
    </message>
    <message>
        <source>Save the consent record</source>
        <translation>Spara sammanställningen av samtycken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Could not save the consent record: %1</source>
        <translation>Sammanställningen av samtycken kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>May be marketed: %1</source>
        <translation>Får marknadsföras: %1</translation>
    </message>
    <message>
        <source>May not: %1</source>
        <translation>Får inte: %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Kom ihåg nyckeln i datorns nyckelförvaring</translation>
    </message>
    <message>
        <source>The program then starts without asking the passphrase. Anyone who can sign in to this computer as you can then open the register too.</source>
        <translation>Programmet startar då utan att fråga efter lösenfrasen. Då kan också vem som helst som kan logga in på datorn som du öppna registret.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: without it the register and its backups cannot be opened. Write it down and keep it safe.</source>
        <translation>Använd minst %1 tecken; några orelaterade ord är lätta att minnas och svåra att gissa. Ingen kan återställa en glömd lösenfras: utan den kan registret och dess säkerhetskopior inte öppnas. Skriv ner den och förvara den säkert.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>För kort: minst %1 tecken.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Stark lösenfras.</translation>
    </message>
    <message>
        <source>Fair passphrase: a longer one is harder to guess.</source>
        <translation>Godtagbar lösenfras: en längre är svårare att gissa.</translation>
    </message>
    <message>
        <source>Weak passphrase: add a few words.</source>
        <translation>Svag lösenfras: lägg till några ord.</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Record the notification to the authority</source>
        <translation>Anteckna anmälan till myndigheten</translation>
    </message>
    <message>
        <source>Notify the Data Protection Ombudsman (tietosuoja.fi, the breach notification form), then record here when you did and the case number you were given. The authority had to be notified by %1.</source>
        <translation>Anmäl till Dataombudsmannens byrå (tietosuoja.fi, blanketten för anmälan av personuppgiftsincidenter) och anteckna här när du gjorde det och vilket diarienummer du fick. Anmälan skulle göras senast %1.</translation>
    </message>
    <message>
        <source>&amp;Notified:</source>
        <translation>&amp;Anmäld:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>&amp;Skäl till förseningen:</translation>
    </message>
    <message>
        <source>Notified in &amp;phases: more information will follow</source>
        <translation>Anmäld i &amp;omgångar: mer information följer</translation>
    </message>
    <message>
        <source>Required when later than 72 hours</source>
        <translation>Krävs när anmälan görs efter mer än 72 timmar</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Write the amount in euros, e.g. 12,50.</source>
        <translation>Skriv beloppet i euro, t.ex. 12,50.</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Lägg till en beställning</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <source>e.g. invoice number</source>
        <translation>t.ex. fakturanummer</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Besk&amp;rivning:</translation>
    </message>
    <message>
        <source>A&amp;mount (€):</source>
        <translation>Be&amp;lopp (€):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Inga beställningar.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>öppna begäranden</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>ska besvaras inom 7 dagar</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenade</translation>
    </message>
    <message>
        <source>past their retention period</source>
        <translation>lagringstiden har gått ut</translation>
    </message>
    <message>
        <source>Requests due within a week or overdue</source>
        <translation>Begäranden som ska besvaras inom en vecka eller är försenade</translation>
    </message>
    <message>
        <source>No request is due within the next seven days.</source>
        <translation>Ingen begäran ska besvaras inom de närmaste sju dagarna.</translation>
    </message>
    <message>
        <source>Past the retention period (first 50)</source>
        <translation>Lagringstiden har gått ut (de 50 första)</translation>
    </message>
    <message>
        <source>Nobody has outlived their register&apos;s retention.</source>
        <translation>Ingens lagringstid har gått ut.</translation>
    </message>
    <message>
        <source>Erase a&amp;ll…</source>
        <translation>Radera &amp;alla…</translation>
    </message>
    <message>
        <source>Erase everyone past retention, after a preview (people on hold are skipped)</source>
        <translation>Radera alla vars lagringstid har gått ut, efter en förhandsvisning (personer med raderingsspärr hoppas över)</translation>
    </message>
    <message>
        <source>Breaches: notify the Data Protection Ombudsman within 72 hours</source>
        <translation>Personuppgiftsincidenter: anmäl till Dataombudsmannens byrå inom 72 timmar</translation>
    </message>
    <message>
        <source>Processor contracts to review (review date passed or within 30 days)</source>
        <translation>Biträdesavtal att granska (granskningsdagen passerad eller inom 30 dagar)</translation>
    </message>
    <message>
        <source>Review securit&amp;y…</source>
        <translation>&amp;Granska säkerheten…</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>I dag är det %1.</translation>
    </message>
    <message>
        <source>Security has not been reviewed yet: review it once a year (Art 32).</source>
        <translation>Säkerheten har ännu inte granskats: granska den en gång om året (artikel 32).</translation>
    </message>
    <message>
        <source>The yearly security review is due (next review by %1).</source>
        <translation>Den årliga säkerhetsgranskningen ska göras (nästa granskning senast %1).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Signera digitalt</translation>
    </message>
    <message>
        <source>The document is signed as %1 (certificate valid until %2).</source>
        <translation>Dokumentet signeras som %1 (certifikatet giltigt till %2).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signera</translation>
    </message>
    <message>
        <source>The register is encrypted</source>
        <translation>Registret är krypterat</translation>
    </message>
    <message>
        <source>Type the passphrase of the register in %1.</source>
        <translation>Skriv lösenfrasen för registret i %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Kom ihåg nyckeln i datorns nyckelförvaring</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>The passphrase does not open the register. Tries left: %1.</source>
        <translation>Lösenfrasen öppnar inte registret. Försök kvar: %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Förhandsgranskning av dokument</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>A customer &amp;in the register</source>
        <translation>En kund &amp;i registret</translation>
    </message>
    <message>
        <source>Someone &amp;not in the register</source>
        <translation>&amp;Någon som inte finns i registret</translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or business ID</source>
        <translation>Skriv ett namn, en e-postadress, ett telefonnummer eller ett FO-nummer</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Hittade kunder</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation>Postadress eller e-post för svaret</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>No customer found: check the spelling, or choose &quot;Someone not in the register&quot;.</source>
        <translation>Ingen kund hittades: kontrollera stavningen eller välj &quot;Någon som inte finns i registret&quot;.</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Välj personen i listan.</translation>
    </message>
</context>
<context>
    <name>PersonalIdField</name>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Hide the personal identity code</source>
        <translation>Dölj personbeteckningen</translation>
    </message>
    <message>
        <source>Show the personal identity code</source>
        <translation>Visa personbeteckningen</translation>
    </message>
    <message>
        <source>Hidden. Press Show to see or change the personal identity code.</source>
        <translation>Dold. Tryck på Visa för att se eller ändra personbeteckningen.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Data protection policy</source>
        <translation>Dataskyddspolicy</translation>
    </message>
    <message>
        <source>Your own additions to the data protection policy</source>
        <translation>Egna tillägg till dataskyddspolicyn</translation>
    </message>
    <message>
        <source>The app writes each section from the register: the access list, the request deadlines, the 72 hours for breaches, retention, backups, processors. Add your own rules where they say more; they print after the section. Make the policy on the Documents page: each one made is a new version.</source>
        <translation>Programmet skriver varje avsnitt utifrån registret: förteckningen över behöriga, fristerna för begäranden, de 72 timmarna för incidenter, lagring, säkerhetskopior och biträden. Lägg till egna regler där de säger mer; de skrivs ut efter avsnittet. Skapa policyn på sidan Dokument: varje gång blir en ny version.</translation>
    </message>
    <message>
        <source>Latest version: %1, %2</source>
        <translation>Senaste version: %1, %2</translation>
    </message>
    <message>
        <source>No version has been made yet.</source>
        <translation>Ingen version har skapats ännu.</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <source>Controller and responsibilities</source>
        <translation>Personuppgiftsansvarig och ansvar</translation>
    </message>
    <message>
        <source>Who has access</source>
        <translation>Vem har tillgång</translation>
    </message>
    <message>
        <source>Requests from people</source>
        <translation>De registrerades begäranden</translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation>Personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>Retention and erasure</source>
        <translation>Lagring och radering</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Security and its review</source>
        <translation>Datasäkerhet och utvärdering</translation>
    </message>
    <message>
        <source>Processors and their contracts</source>
        <translation>Biträden och avtal</translation>
    </message>
    <message>
        <source>Briefing and training</source>
        <translation>Introduktion och utbildning</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Reasons / duplicate of</source>
        <translation>Orsaker / dubblett av</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>customer %1 in the register (same %2)</source>
        <translation>kund %1 i registret (samma %2)</translation>
    </message>
    <message>
        <source>line %1 of the file (same %2)</source>
        <translation>rad %1 i filen (samma %2)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Det går inte att skriva ut</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, then try again.</source>
        <translation>Skrivaren kunde inte användas. Kontrollera att den är påslagen och ansluten och försök sedan igen.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>PDF file written</source>
        <translation>PDF-filen har sparats</translation>
    </message>
    <message>
        <source>The document was written to %1.</source>
        <translation>Dokumentet sparades i filen %1.</translation>
    </message>
</context>
<context>
    <name>Processor</name>
    <message>
        <source>Inside the EU/EEA</source>
        <translation>Inom EU eller EES</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>Dataskyddsramen mellan EU och USA (DPF)</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <source>Other safeguard</source>
        <translation>Annan skyddsåtgärd</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Write the date as day.month.year, e.g. 31.1.2026, or leave it empty.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 31.1.2026, eller lämna det tomt.</translation>
    </message>
    <message>
        <source>New processor</source>
        <translation>Nytt biträde</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Biträde</translation>
    </message>
    <message>
        <source>A new processor or other recipient</source>
        <translation>Nytt biträde eller annan mottagare</translation>
    </message>
    <message>
        <source>Processor or other recipient</source>
        <translation>Biträde eller annan mottagare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Ser&amp;vice it provides:</source>
        <translation>&amp;Tjänst som den tillhandahåller:</translation>
    </message>
    <message>
        <source>Data it &amp;handles:</source>
        <translation>&amp;Uppgifter som den behandlar:</translation>
    </message>
    <message>
        <source>C&amp;ountry where the data is processed:</source>
        <translation>&amp;Land där uppgifterna behandlas:</translation>
    </message>
    <message>
        <source>&amp;Transfer mechanism:</source>
        <translation>Överförings&amp;grund:</translation>
    </message>
    <message>
        <source>Contract si&amp;gned on:</source>
        <translation>Avtal&amp;et undertecknat:</translation>
    </message>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Nästa g&amp;ranskning:</translation>
    </message>
    <message>
        <source>Registers it serves:</source>
        <translation>Register som den betjänar:</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>e.g. web shop platform, bookkeeping</source>
        <translation>t.ex. webbutiksplattform, bokföring</translation>
    </message>
    <message>
        <source>e.g. names, addresses, orders</source>
        <translation>t.ex. namn, adresser, beställningar</translation>
    </message>
    <message>
        <source>No registers yet: add one on the Registers page.</source>
        <translation>Inga register ännu: lägg till ett på sidan Register.</translation>
    </message>
</context>
<context>
    <name>ProcessorsDialog</name>
    <message>
        <source>Processors and other recipients</source>
        <translation>Biträden och andra mottagare</translation>
    </message>
    <message>
        <source>Everyone who handles your registers&apos; data on your behalf needs a written contract (Art 28). The privacy statements and the record of processing list them; a review date that has passed or comes within 30 days is marked.</source>
        <translation>Med alla som behandlar uppgifterna i dina register för din räkning behövs ett skriftligt avtal (artikel 28). Dataskyddsbeskrivningarna och registret över behandling förtecknar dem; en granskningsdag som har passerat eller infaller inom 30 dagar är markerad.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Biträden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>Ö&amp;ppna kopian</translation>
    </message>
    <message>
        <source>Attach a co&amp;py…</source>
        <translation>Bifoga en k&amp;opia…</translation>
    </message>
    <message>
        <source>Keep the signed contract (a PDF or a scan); a new copy replaces the old</source>
        <translation>Spara det undertecknade avtalet (en pdf eller en skanning); en ny kopia ersätter den gamla</translation>
    </message>
    <message>
        <source>Choose a processor to see its contract copy.</source>
        <translation>Välj ett biträde för att se avtalskopian.</translation>
    </message>
    <message>
        <source>Contract copy: none attached.</source>
        <translation>Avtalskopia: ingen bifogad.</translation>
    </message>
    <message>
        <source>Contract copy: %1, attached %2</source>
        <translation>Avtalskopia: %1, bifogad %2</translation>
    </message>
    <message>
        <source>%1 serves these registers: %2. Removing it takes it off their privacy statements and records of processing; requests keep its name as listed. Its contract copy is removed too.</source>
        <translation>%1 betjänar dessa register: %2. Om det tas bort försvinner det ur deras dataskyddsbeskrivningar och register över behandling; begäranden behåller namnet som det förtecknades. Även avtalskopian tas bort.</translation>
    </message>
    <message>
        <source>Remove %1 and its contract copy?</source>
        <translation>Ta bort %1 och dess avtalskopia?</translation>
    </message>
    <message>
        <source>Remove the processor?</source>
        <translation>Ta bort biträdet?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The signed contract</source>
        <translation>Det undertecknade avtalet</translation>
    </message>
    <message>
        <source>PDF files and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Pdf-filer och skanningar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorsTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Biträde</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Överföringsgrund</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Avtalsdatum</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>Granskning av avtalet</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>Granskningsdagen har passerat</translation>
    </message>
    <message>
        <source>The review is due within 30 days</source>
        <translation>Granskningen infaller inom 30 dagar</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Företagets na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Business &amp;ID (Y-tunnus):</source>
        <translation>FO-n&amp;ummer (Y-tunnus):</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone:</source>
        <translation>Kontaktpersonens telefon:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail:</source>
        <translation>Kontaktpersonens e-post:</translation>
    </message>
    <message>
        <source>Who answers questions about privacy (leave empty if it is you, as above):</source>
        <translation>Vem svarar på frågor om dataskydd (lämna tomt om det är du, enligt uppgifterna ovan):</translation>
    </message>
    <message>
        <source>e.g. 1234567-8</source>
        <translation>t.ex. 1234567-8</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
    <message>
        <source>e.g. info@example.fi</source>
        <translation>t.ex. info@exempel.fi</translation>
    </message>
    <message>
        <source>The business ID is valid.</source>
        <translation>FO-numret är giltigt.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <source>The controller of the register: every privacy statement and letter carries these details.</source>
        <translation>Den personuppgiftsansvarige: uppgifterna finns i varje dataskyddsbeskrivning och brev.</translation>
    </message>
</context>
<context>
    <name>PurposesPanel</name>
    <message>
        <source>The consents in force; untick those not withdrawn:</source>
        <translation>Gällande samtycken; avmarkera dem som inte återkallats:</translation>
    </message>
    <message>
        <source>No consent is in force for this person. The letter confirms that nothing is processed on consent.</source>
        <translation>Personen har inget gällande samtycke. Brevet bekräftar att ingenting behandlas på grundval av samtycke.</translation>
    </message>
</context>
<context>
    <name>PurposesTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>not yet told</source>
        <translation>inte ännu underrättad</translation>
    </message>
    <message>
        <source>told</source>
        <translation>underrättad</translation>
    </message>
    <message>
        <source>not disclosed to this recipient</source>
        <translation>inte utlämnat till denna mottagare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In their system</source>
        <translation>I mottagarens system</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>%1 recipient(s) not yet told (Art 19): tick them, or say why the request is complete without it.</source>
        <translation>%1 mottagare har inte ännu underrättats (artikel 19): bocka av dem eller ange varför begäran är klar utan det.</translation>
    </message>
    <message>
        <source>Only a rectification, erasure or restriction is told on.</source>
        <translation>Mottagarna underrättas bara om rättelse, radering eller begränsning.</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Underrättad</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Underrättad…</translation>
    </message>
    <message>
        <source>Record when and how the chosen recipient was told</source>
        <translation>Anteckna när och hur den valda mottagaren underrättades</translation>
    </message>
    <message>
        <source>&amp;Not disclosed to</source>
        <translation>&amp;Ej utlämnat</translation>
    </message>
    <message>
        <source>The person&apos;s data never went to the chosen recipient: nobody to tell</source>
        <translation>Personens uppgifter har aldrig lämnats ut till den valda mottagaren: ingen att underrätta</translation>
    </message>
    <message>
        <source>Untic&amp;k</source>
        <translation>Inte &amp;ännu underrättad</translation>
    </message>
    <message>
        <source>The chosen recipient is not yet told after all</source>
        <translation>Den valda mottagaren har ändå inte ännu underrättats</translation>
    </message>
    <message>
        <source>Re&amp;cipient list for the person…</source>
        <translation>M&amp;ottagarlista till personen…</translation>
    </message>
    <message>
        <source>A short letter listing the recipients, when the person asks (Art 19)</source>
        <translation>Ett kort brev med mottagarna, när personen begär det (artikel 19)</translation>
    </message>
    <message>
        <source>Recipients to tell</source>
        <translation>Mottagare att underrätta</translation>
    </message>
    <message>
        <source>The list is made when the answer is prepared, from the registers that hold the person: their processors and the recipients they name.</source>
        <translation>Listan görs när svaret förbereds, utifrån de register där personen finns: deras biträden och de mottagare som anges i dem.</translation>
    </message>
    <message>
        <source>Tell every recipient of the correction, erasure or restriction (Art 19), or mark those the person&apos;s data never went to. Not yet told: %1 of %2.</source>
        <translation>Underrätta varje mottagare om rättelsen, raderingen eller begränsningen (artikel 19), eller markera dem som personens uppgifter aldrig lämnats ut till. Inte ännu underrättade: %1 av %2.</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Mottagaren underrättad</translation>
    </message>
    <message>
        <source>%1 was told of the correction, erasure or restriction.</source>
        <translation>%1 underrättades om rättelsen, raderingen eller begränsningen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckna</translation>
    </message>
    <message>
        <source>%1 told on %2.</source>
        <translation>%1 underrättad %2.</translation>
    </message>
    <message>
        <source>%1: not disclosed to.</source>
        <translation>%1: inte utlämnat.</translation>
    </message>
    <message>
        <source>%1: not yet told.</source>
        <translation>%1: inte ännu underrättad.</translation>
    </message>
    <message>
        <source>List of recipients for the person</source>
        <translation>Mottagarlista till personen</translation>
    </message>
    <message>
        <source>The letter lists the recipients the person&apos;s data was disclosed to, and whether and when each was told. Those marked not disclosed to are left out.</source>
        <translation>Brevet räknar upp de mottagare som personens uppgifter har lämnats ut till och om och när var och en underrättades. De som markerats som inte utlämnat utelämnas.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Skapa brevet</translation>
    </message>
    <message>
        <source>The list of recipients is made and archived.</source>
        <translation>Mottagarlistan är gjord och arkiverad.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>RectificationPanel</name>
    <message>
        <source>1. Correct or complete the data on the person&apos;s page, and save it there.</source>
        <translation>1. Rätta eller komplettera uppgifterna på personens sida och spara dem där.</translation>
    </message>
    <message>
        <source>&amp;Open the person&apos;s page…</source>
        <translation>&amp;Öppna personens sida…</translation>
    </message>
    <message>
        <source>2. The fields corrected since the request came in:</source>
        <translation>2. Fälten som rättats sedan begäran kom in:</translation>
    </message>
    <message>
        <source>No corrections found yet: correct the data on the person&apos;s page first.</source>
        <translation>Inga rättelser hittades ännu: rätta först uppgifterna på personens sida.</translation>
    </message>
    <message>
        <source>3. Tell these recipients about the correction (Art 19):</source>
        <translation>3. Meddela dessa mottagare om rättelsen (art. 19):</translation>
    </message>
    <message>
        <source>3. The person&apos;s registers name no recipients to tell (Art 19).</source>
        <translation>3. Personens register anger inga mottagare att meddela (art. 19).</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>The register file %1 is missing.</source>
        <translation>Registerfilen %1 saknas.</translation>
    </message>
    <message>
        <source>The register file %1 is empty (0 bytes).</source>
        <translation>Registerfilen %1 är tom (0 byte).</translation>
    </message>
    <message>
        <source>The register file %1 is not encrypted, although this folder records it as encrypted.</source>
        <translation>Registerfilen %1 är inte krypterad, fast den enligt uppgifterna i mappen är krypterad.</translation>
    </message>
    <message>
        <source>The register file %1 is not an encrypted register, although this folder records it as encrypted.</source>
        <translation>Registerfilen %1 är inte ett krypterat register, fast registret enligt uppgifterna i mappen är krypterat.</translation>
    </message>
    <message>
        <source>Nothing was changed, and no new, empty register was made in its place.</source>
        <translation>Ingenting ändrades, och inget nytt, tomt register skapades i dess ställe.</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Registret kan inte öppnas</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and start the program again.</source>
        <translation>Det finns ingen säkerhetskopia att återställa. Om du i stället vill börja med ett nytt, tomt register, flytta filerna ut ur %1 (spara dem) och starta programmet igen.</translation>
    </message>
    <message>
        <source>The newest backup is %1. Restore it? People erased after it was taken are erased again. (On the command line: tietosuoja backup restore %2)</source>
        <translation>Den senaste säkerhetskopian är %1. Vill du återställa den? Personer som raderats efter att den togs raderas på nytt. (På kommandoraden: tietosuoja backup restore %2)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>RegisterEditor</name>
    <message>
        <source>Te&amp;xts written in:</source>
        <translation>Te&amp;xternas språk:</translation>
    </message>
    <message>
        <source>The language you write this description in. Its texts in the other languages: Translations… below.</source>
        <translation>Språket du skriver beskrivningen på. Texterna på de andra språken: Översättningar… nedan.</translation>
    </message>
    <message>
        <source>Safeguards for the transfers</source>
        <translation>Skyddsåtgärder för överföringarna</translation>
    </message>
    <message>
        <source>Safeg&amp;uards:</source>
        <translation>S&amp;kyddsåtgärder:</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Lägg till ändamål</translation>
    </message>
    <message>
        <source>&amp;Interest assessment…</source>
        <translation>&amp;Intresseavvägning…</translation>
    </message>
    <message>
        <source>The balancing test behind the selected purpose on legitimate interests (Art 6(1)(f)); save the register first</source>
        <translation>Intresseavvägningen bakom det valda ändamålet som grundar sig på berättigat intresse (art. 6.1 f); spara registret först</translation>
    </message>
    <message>
        <source>Re&amp;move purpose</source>
        <translation>Ta &amp;bort ändamål</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Tid (år):</translation>
    </message>
    <message>
        <source>no automatic rule</source>
        <translation>ingen automatisk regel</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Lagringstid i år</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <source>Retention described for the reader</source>
        <translation>Lagringstiden beskriven för läsaren</translation>
    </message>
    <message>
        <source>Is data &amp;transferred outside the EU/EEA?</source>
        <translation>Över&amp;förs uppgifter utanför EU/EES?</translation>
    </message>
    <message>
        <source>Must people &amp;give the data, by law or contract?</source>
        <translation>&amp;Måste uppgifterna lämnas enligt lag eller avtal?</translation>
    </message>
    <message>
        <source>Are &amp;decisions made automatically (Art 22)?</source>
        <translation>Fattas a&amp;utomatiserade beslut (art. 22)?</translation>
    </message>
    <message>
        <source>Is the data used for &amp;profiling (e.g. ad targeting, analytics demographics)?</source>
        <translation>Används uppgifterna för &amp;profilering (t.ex. riktad reklam, demografi i webbanalys)?</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparat ännu.</translation>
    </message>
    <message>
        <source>Drawn up %1, last changed %2.</source>
        <translation>Upprättad %1, senast ändrad %2.</translation>
    </message>
    <message>
        <source>No legitimate interest assessment yet for purpose %1: select it and press Interest assessment.</source>
        <translation>Ändamål %1 har ännu ingen bedömning av berättigat intresse: välj det och tryck på Intresseavvägning.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Your first register</source>
        <translation>Ditt första register</translation>
    </message>
    <message>
        <source>Filled in from the template: read it through and make it match your work.</source>
        <translation>Ifyllt enligt mallen: läs igenom det och anpassa det till din verksamhet.</translation>
    </message>
</context>
<context>
    <name>RegisterSections</name>
    <message>
        <source>Name of the register</source>
        <translation>Registrets namn</translation>
    </message>
    <message>
        <source>Names the register in its privacy statement.</source>
        <translation>Registrets namn i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <source>Whose data is kept</source>
        <translation>Vems uppgifter registret innehåller</translation>
    </message>
    <message>
        <source>Categories of data subjects, Art 30(1)(c)</source>
        <translation>Kategorier av registrerade, art. 30.1 c</translation>
    </message>
    <message>
        <source>e.g. customers and their contact persons</source>
        <translation>t.ex. kunder och deras kontaktpersoner</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Ändamål och rättslig grund</translation>
    </message>
    <message>
        <source>Art 13(1)(c): each purpose with its legal basis; Art 13(1)(d): the interests, where the basis is legitimate interests</source>
        <translation>Art. 13.1 c: varje ändamål med sin rättsliga grund; art. 13.1 d: intressena, när grunden är berättigat intresse</translation>
    </message>
    <message>
        <source>Personal data in the register</source>
        <translation>Personuppgifter i registret</translation>
    </message>
    <message>
        <source>Categories of personal data, Art 14(1)(d)</source>
        <translation>Kategorier av personuppgifter, art. 14.1 d</translation>
    </message>
    <message>
        <source>e.g. name, address, e-mail, orders</source>
        <translation>t.ex. namn, adress, e-post, beställningar</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Varifrån uppgifterna kommer</translation>
    </message>
    <message>
        <source>Regular sources, Art 14(2)(f)</source>
        <translation>Regelbundna källor, art. 14.2 f</translation>
    </message>
    <message>
        <source>e.g. from the customers themselves</source>
        <translation>t.ex. från kunderna själva</translation>
    </message>
    <message>
        <source>Recipients and regular disclosures</source>
        <translation>Mottagare och regelbundna utlämnanden</translation>
    </message>
    <message>
        <source>Recipients, Art 13(1)(e)</source>
        <translation>Mottagare, art. 13.1 e</translation>
    </message>
    <message>
        <source>e.g. the carrier; or: no regular disclosures</source>
        <translation>t.ex. transportföretaget; eller: inga regelbundna utlämnanden</translation>
    </message>
    <message>
        <source>Processors (service providers)</source>
        <translation>Personuppgiftsbiträden (tjänsteleverantörer)</translation>
    </message>
    <message>
        <source>Art 13(1)(e) and Art 28</source>
        <translation>Art. 13.1 e och art. 28</translation>
    </message>
    <message>
        <source>e.g. the accountant, the e-mail service</source>
        <translation>t.ex. bokföringsbyrån, e-posttjänsten</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <source>Transfers and their safeguards, Art 13(1)(f)</source>
        <translation>Överföringar och skyddsåtgärder, art. 13.1 f</translation>
    </message>
    <message>
        <source>e.g. the EU Commission&apos;s standard contractual clauses</source>
        <translation>t.ex. EU-kommissionens standardavtalsklausuler</translation>
    </message>
    <message>
        <source>How long the data is kept</source>
        <translation>Hur länge uppgifterna sparas</translation>
    </message>
    <message>
        <source>Retention period or its criteria, Art 13(2)(a)</source>
        <translation>Lagringstid eller kriterierna för den, art. 13.2 a</translation>
    </message>
    <message>
        <source>e.g. five years after the last order; vouchers six years</source>
        <translation>t.ex. fem år efter senaste beställning; verifikat sex år</translation>
    </message>
    <message>
        <source>Must the data be given?</source>
        <translation>Måste uppgifterna lämnas?</translation>
    </message>
    <message>
        <source>Statutory or contractual requirement and what follows if not given, Art 13(2)(e)</source>
        <translation>Lagstadgat eller avtalsenligt krav och följderna om uppgifterna inte lämnas, art. 13.2 e</translation>
    </message>
    <message>
        <source>Automated decisions and profiling</source>
        <translation>Automatiserade beslut och profilering</translation>
    </message>
    <message>
        <source>Art 13(2)(f) and Art 22: answer both questions; describe the logic and its effects when the answer is yes</source>
        <translation>Art. 13.2 f och art. 22: besvara båda frågorna; om svaret är ja, beskriv logiken och dess följder</translation>
    </message>
    <message>
        <source>Protecting manual material</source>
        <translation>Skydd av manuellt material</translation>
    </message>
    <message>
        <source>Security of processing, Art 32</source>
        <translation>Säkerhet i behandlingen, art. 32</translation>
    </message>
    <message>
        <source>e.g. papers in a locked cabinet</source>
        <translation>t.ex. papper i ett låst skåp</translation>
    </message>
    <message>
        <source>Organisational measures</source>
        <translation>Organisatoriska skyddsåtgärder</translation>
    </message>
    <message>
        <source>e.g. confidentiality undertakings, access only for those who need it, training</source>
        <translation>t.ex. tystnadsförbindelser, behörighet endast för dem som behöver den, utbildning</translation>
    </message>
    <message>
        <source>Protecting electronic data</source>
        <translation>Skydd av elektroniska uppgifter</translation>
    </message>
    <message>
        <source>e.g. encrypted disk, passwords, backups</source>
        <translation>t.ex. krypterad disk, lösenord, säkerhetskopior</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Kakor</translation>
    </message>
    <message>
        <source>Where a web site feeds the register (Electronic Communications Services Act, section 205)</source>
        <translation>När registret får uppgifter från en webbplats (lagen om tjänster inom elektronisk kommunikation, 205 §)</translation>
    </message>
</context>
<context>
    <name>RegisterTemplateDialog</name>
    <message>
        <source>New register from a template</source>
        <translation>Nytt register från en mall</translation>
    </message>
    <message>
        <source>The template fills in every section of the privacy statement in the language of your documents, with its translations. Check and edit it, then save.</source>
        <translation>Mallen fyller i varje avsnitt i dataskyddsbeskrivningen på dina dokuments språk, med översättningar. Granska och redigera texterna och spara sedan.</translation>
    </message>
</context>
<context>
    <name>RegisterTranslationsDialog</name>
    <message>
        <source>Purpose %1</source>
        <translation>Ändamål %1</translation>
    </message>
    <message>
        <source>Legitimate interest, purpose %1</source>
        <translation>Berättigat intresse, ändamål %1</translation>
    </message>
    <message>
        <source>Translations of the register description</source>
        <translation>Översättningar av dataskyddsbeskrivningen</translation>
    </message>
    <message>
        <source>Write each text in the other language under its original. A statement in that language prints the translations; what is left empty is printed as written.</source>
        <translation>Skriv varje text på det andra språket under originalet. En beskrivning på det språket visar översättningarna; det som lämnas tomt visas som det är skrivet.</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>Ö&amp;versätt till:</translation>
    </message>
    <message>
        <source>The original has changed since this was translated: check it and save.</source>
        <translation>Originalet har ändrats sedan texten översattes: kontrollera den och spara.</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Each register has its own privacy statement. Fill in every section; the form tells which requirement of the GDPR each one meets.</source>
        <translation>Varje register har en egen dataskyddsbeskrivning. Fyll i alla avsnitt; formuläret anger vilket krav i dataskyddsförordningen varje avsnitt uppfyller.</translation>
    </message>
    <message>
        <source>&amp;New register</source>
        <translation>&amp;Nytt register</translation>
    </message>
    <message>
        <source>Fr&amp;om template…</source>
        <translation>Fr&amp;ån mall…</translation>
    </message>
    <message>
        <source>A new register filled in from a template</source>
        <translation>Ett nytt register som fylls i från en mall</translation>
    </message>
    <message>
        <source>The access list: confidentiality undertakings and briefings (Art 29, 32(4))</source>
        <translation>Förteckningen över behöriga: tystnadsförbindelser och introduktioner (artikel 29, 32.4)</translation>
    </message>
    <message>
        <source>Who has access…</source>
        <translation>Vem har tillgång…</translation>
    </message>
    <message>
        <source>Processors and recipients…</source>
        <translation>Biträden och mottagare…</translation>
    </message>
    <message>
        <source>Who handles the registers&apos; data for you, their contracts and reviews (Art 28)</source>
        <translation>Vem som behandlar registrens uppgifter för din räkning, avtalen och deras granskning (artikel 28)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ån&amp;gra ändringar</translation>
    </message>
    <message>
        <source>Trans&amp;lations…</source>
        <translation>&amp;Översättningar…</translation>
    </message>
    <message>
        <source>The texts of this description in the other languages, for the statements</source>
        <translation>Beskrivningens texter på de andra språken, för dataskyddsbeskrivningarna</translation>
    </message>
    <message>
        <source>DPIA s&amp;creening…</source>
        <translation>K&amp;onsekvensbedömning…</translation>
    </message>
    <message>
        <source>Screen this register for a data protection impact assessment (Art 35)</source>
        <translation>Bedöm om registret behöver en konsekvensbedömning avseende dataskydd (art. 35)</translation>
    </message>
    <message>
        <source>Security review…</source>
        <translation>Säkerhetsgranskning…</translation>
    </message>
    <message>
        <source>Data protection officer…</source>
        <translation>Dataskyddsombud…</translation>
    </message>
    <message>
        <source>The yearly review of the risks and the security measures (Art 32)</source>
        <translation>Den årliga granskningen av riskerna och skyddsåtgärderna (artikel 32)</translation>
    </message>
    <message>
        <source>Record whether a data protection officer is needed and why (Art 37)</source>
        <translation>För in om ett dataskyddsombud behövs och varför (artikel 37)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The register description has unsaved changes. Save them?</source>
        <translation>Dataskyddsbeskrivningen har osparade ändringar. Vill du spara dem?</translation>
    </message>
    <message>
        <source>This register has not been screened for a DPIA yet: press DPIA screening.</source>
        <translation>Registrets behov av konsekvensbedömning har ännu inte bedömts: tryck på Konsekvensbedömning.</translation>
    </message>
    <message>
        <source>The screening found a DPIA needed, and none is recorded yet: press DPIA screening.</source>
        <translation>Enligt bedömningen behövs en konsekvensbedömning, men ingen har förts in ännu: tryck på Konsekvensbedömning.</translation>
    </message>
</context>
<context>
    <name>RegistersTableModel</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ändrad</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Wait until the step under way has finished.</source>
        <translation>Vänta tills steget som pågår är klart.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Acknowledge the request</source>
        <translation>Bekräfta begäran</translation>
    </message>
    <message>
        <source>The letter confirms that the request was received on %1 and says it will be answered by %2 at the latest.</source>
        <translation>Brevet bekräftar att begäran kom in %1 och meddelar att den besvaras senast %2.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Skapa brevet</translation>
    </message>
    <message>
        <source>The acknowledgement is made.</source>
        <translation>Bekräftelsen är gjord.</translation>
    </message>
    <message>
        <source>Ask for proof of identity</source>
        <translation>Begär identitetsbevis</translation>
    </message>
    <message>
        <source>Where you have reasonable doubts about who is asking (Art 12(6)), ask for proof of identity. The request cannot be fulfilled until the proof has arrived.</source>
        <translation>Om du har rimliga skäl att tvivla på vem som begär (art. 12.6), begär identitetsbevis. Begäran kan inte uppfyllas förrän beviset har kommit.</translation>
    </message>
    <message>
        <source>What is in doubt (the letter states it):</source>
        <translation>Vad som är oklart (anges i brevet):</translation>
    </message>
    <message>
        <source>Ask and make the letter</source>
        <translation>Begär och skapa brevet</translation>
    </message>
    <message>
        <source>Proof of identity asked for: the request waits until it arrives.</source>
        <translation>Identitetsbevis begärt: begäran väntar tills det kommer.</translation>
    </message>
    <message>
        <source>Proof of identity received: the request can now be fulfilled.</source>
        <translation>Identitetsbevis mottaget: begäran kan nu uppfyllas.</translation>
    </message>
    <message>
        <source>Marked: the identity could not be verified. You may refuse the request (Art 12(2)).</source>
        <translation>Markerat: identiteten kunde inte styrkas. Du kan avslå begäran (art. 12.2).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Förläng fristen</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2 (three months from receipt, Art 12(3)). The person must be told of the extension and the reasons by %3.</source>
        <translation>Sista dagen flyttas från %1 till %2 (tre månader från mottagandet, art. 12.3). Personen ska underrättas om förlängningen och skälen senast %3.</translation>
    </message>
    <message>
        <source>Why more time is needed (the notice states it):</source>
        <translation>Varför mer tid behövs (anges i meddelandet):</translation>
    </message>
    <message>
        <source>Extend and make the notice</source>
        <translation>Förläng och skapa meddelandet</translation>
    </message>
    <message>
        <source>Extended: the new due date is %1.</source>
        <translation>Förlängd: den nya sista dagen är %1.</translation>
    </message>
    <message>
        <source>Refuse or take no action</source>
        <translation>Avslå eller vidta inga åtgärder</translation>
    </message>
    <message>
        <source>The letter gives your reason and tells the person of the right to lodge a complaint with the supervisory authority and to seek a judicial remedy (Art 12(4)).</source>
        <translation>Brevet anger ditt skäl och informerar personen om rätten att lämna in klagomål till tillsynsmyndigheten och att begära rättslig prövning (art. 12.4).</translation>
    </message>
    <message>
        <source>Why the request is refused (the letter states it):</source>
        <translation>Varför begäran avslås (anges i brevet):</translation>
    </message>
    <message>
        <source>Refuse and make the letter</source>
        <translation>Avslå och skapa brevet</translation>
    </message>
    <message>
        <source>Refused. The letter names the supervisory authority.</source>
        <translation>Avslagen. Brevet anger tillsynsmyndigheten.</translation>
    </message>
    <message>
        <source>Mark the request withdrawn</source>
        <translation>Markera begäran som återtagen</translation>
    </message>
    <message>
        <source>The person has withdrawn the request. No letter is made.</source>
        <translation>Personen har återtagit sin begäran. Inget brev görs.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Anteckning (valfri):</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Markera som återtagen</translation>
    </message>
    <message>
        <source>Marked withdrawn: the clock has stopped.</source>
        <translation>Markerad som återtagen: fristen har stannat.</translation>
    </message>
    <message>
        <source>Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say below why the request is complete without it.</source>
        <translation>Inte ännu underrättade (artikel 19): %1. Bocka av dem på fliken Mottagare eller ange nedan varför begäran är klar utan det.</translation>
    </message>
    <message>
        <source>Mark the answer sent</source>
        <translation>Markera svaret som skickat</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: send it there, then mark the request sent.</source>
        <translation>E-postmeddelandet är öppet i ditt e-postprogram: skicka det där och markera sedan begäran som skickad.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail. It is saved as %1: open it yourself, then mark the request sent once it has gone.</source>
        <translation>Inget e-postprogram öppnade meddelandet. Det är sparat som %1: öppna det själv och markera begäran som skickad när meddelandet har gått iväg.</translation>
    </message>
    <message>
        <source>The request is completed on the day the answer went to the person. The due date is %1.</source>
        <translation>Begäran är behandlad den dag svaret gick till personen. Den ska besvaras senast %1.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Markera som skickat</translation>
    </message>
    <message>
        <source>Why it is complete while recipients are not yet &amp;told:</source>
        <translation>Varför begäran är klar fast mottagarna inte &amp;underrättats:</translation>
    </message>
    <message>
        <source>Give the reason, or tick the recipients first.</source>
        <translation>Ange orsaken eller bocka först av mottagarna.</translation>
    </message>
    <message>
        <source>Sent on %1: the request is completed.</source>
        <translation>Skickat %1: begäran är behandlad.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Select a request to see its clock, its timeline and what to do next.</source>
        <translation>Välj en begäran för att se dess frist, tidslinje och vad som ska göras härnäst.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Inkom:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitet:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Skickat:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Recipients (Art 19)</source>
        <translation>Mottagare (art. 19)</translation>
    </message>
    <message>
        <source>Originals (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>Recipients (Art 19): %1 not yet told</source>
        <translation>Mottagare (art. 19): %1 ej underrättade</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>Nr %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2: the clock has stopped.</source>
        <translation>%1 %2: fristen har stannat.</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1: ska besvaras senast %2, %3</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Förlängd %1: %2</translation>
    </message>
    <message>
        <source>An extension must be notified by %1.</source>
        <translation>En förlängning ska meddelas senast %1.</translation>
    </message>
    <message>
        <source>%1 (not in the register)</source>
        <translation>%1 (finns inte i registret)</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>rättat: %1</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Namn eller nummer</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Sök begäranden</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;För in en begäran…</translation>
    </message>
    <message>
        <source>Log a request that has arrived (Ctrl+N)</source>
        <translation>För in en begäran som har kommit in (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Förteckning &amp;över begäranden…</translation>
    </message>
    <message>
        <source>All requests of a period as PDF and CSV, for the supervisory authority</source>
        <translation>Alla begäranden under en period som PDF och CSV, för tillsynsmyndigheten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäranden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Save %1</source>
        <translation>Spara %1</translation>
    </message>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Tecken som dokumentet inte kan skriva ut</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Förteckning över begäranden</translation>
    </message>
    <message>
        <source>Every request received in the period, with the dates it was received, due and answered and its outcome: the record to show the supervisory authority that requests are handled (Art 5(2)).</source>
        <translation>Alla begäranden som kommit in under perioden, med datum för mottagande, sista dag och svar samt utfall: underlaget som visar tillsynsmyndigheten att begäranden hanteras (art. 5.2).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Save PDF and CSV…</source>
        <translation>Spara &amp;PDF och CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Perioden måste börja innan den slutar.</translation>
    </message>
    <message>
        <source>Request log %1–%2</source>
        <translation>Förteckning över begäranden %1–%2</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Spara förteckningen över begäranden</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Sparade %1 och %2.</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Re&amp;quest</source>
        <translation>B&amp;egäran</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>För &amp;in en begäran…</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Förteckning &amp;över begäranden…</translation>
    </message>
    <message>
        <source>Answer the re&amp;quest…</source>
        <translation>Besvara be&amp;gäran…</translation>
    </message>
</context>
<context>
    <name>RequestMessages</name>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>Filen %1 kunde inte läsas eller skrivas: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was changed.</source>
        <translation>Lösenfrasen öppnar inte din signeringsnyckel. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The letter could not be signed (%1). Check the request&apos;s timeline for what was done.</source>
        <translation>Brevet kunde inte signeras (%1). Kontrollera i begärans tidslinje vad som gjordes.</translation>
    </message>
</context>
<context>
    <name>RequestNames</name>
    <message>
        <source>Request logged</source>
        <translation>Begäran införd</translation>
    </message>
    <message>
        <source>Original attached</source>
        <translation>Original bifogat</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Arbetet påbörjat</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>Mottagandet bekräftat</translation>
    </message>
    <message>
        <source>Proof of identity asked for by letter</source>
        <translation>Identitetsbevis begärt per brev</translation>
    </message>
    <message>
        <source>Extension notified</source>
        <translation>Förlängningen meddelad</translation>
    </message>
    <message>
        <source>Refusal sent</source>
        <translation>Avslag skickat</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Väntar på identitetsbevis</translation>
    </message>
    <message>
        <source>Proof of identity received</source>
        <translation>Identitetsbevis mottaget</translation>
    </message>
    <message>
        <source>Identity could not be verified</source>
        <translation>Identiteten kunde inte styrkas</translation>
    </message>
    <message>
        <source>No proof of identity needed</source>
        <translation>Inget identitetsbevis behövs</translation>
    </message>
    <message>
        <source>Deadline extended by two months</source>
        <translation>Fristen förlängd med två månader</translation>
    </message>
    <message>
        <source>Completion letter prepared</source>
        <translation>Svarsbrev skapat</translation>
    </message>
    <message>
        <source>No-data-held letter prepared</source>
        <translation>Brev om att uppgifter saknas skapat</translation>
    </message>
    <message>
        <source>Identity: the contact matches the register&apos;s details</source>
        <translation>Identitet: kontaktuppgiften stämmer med registrets uppgifter</translation>
    </message>
    <message>
        <source>Identity certain, in the user&apos;s view</source>
        <translation>Identiteten säker enligt användarens bedömning</translation>
    </message>
    <message>
        <source>Identity not confirmed: the contact is not the register&apos;s</source>
        <translation>Identiteten inte bekräftad: kontaktuppgiften är inte registrets</translation>
    </message>
    <message>
        <source>Access report prepared</source>
        <translation>Registerutdrag skapat</translation>
    </message>
    <message>
        <source>Corrected fields recorded</source>
        <translation>Rättade fält antecknade</translation>
    </message>
    <message>
        <source>Data exported (ZIP)</source>
        <translation>Uppgifter exporterade (ZIP)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Answer ready to send</source>
        <translation>Svaret klart att skickas</translation>
    </message>
    <message>
        <source>Answer sent, request completed</source>
        <translation>Svaret skickat, begäran behandlad</translation>
    </message>
    <message>
        <source>Refused or no action</source>
        <translation>Avslagen eller inga åtgärder</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>Återtagen av personen</translation>
    </message>
    <message>
        <source>Recipients to tell listed (Art 19)</source>
        <translation>Mottagare att underrätta förtecknade (artikel 19)</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Mottagaren underrättad</translation>
    </message>
    <message>
        <source>Recipient marked as not disclosed to</source>
        <translation>Mottagaren markerad: inte utlämnat</translation>
    </message>
    <message>
        <source>Recipient not yet told after all</source>
        <translation>Mottagaren ändå inte ännu underrättad</translation>
    </message>
    <message>
        <source>Completed before every recipient was told, because</source>
        <translation>Klar innan alla mottagare underrättats, eftersom</translation>
    </message>
    <message>
        <source>List of recipients given to the person</source>
        <translation>Mottagarlistan given till personen</translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation>Bekräftelsebrev</translation>
    </message>
    <message>
        <source>Identity request letter</source>
        <translation>Brev med begäran om identitetsbevis</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Meddelande om förlängning</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Avslagsbrev</translation>
    </message>
    <message>
        <source>Completion letter</source>
        <translation>Brev om slutförande</translation>
    </message>
    <message>
        <source>No-data-held letter</source>
        <translation>Brev om att inga uppgifter finns</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Data export (ZIP)</source>
        <translation>Dataexport (ZIP)</translation>
    </message>
    <message>
        <source>List of recipients</source>
        <translation>Mottagarlista</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>behövs inte</translation>
    </message>
    <message>
        <source>proof asked for on %1, not yet received</source>
        <translation>bevis begärt %1, har inte kommit ännu</translation>
    </message>
    <message>
        <source>proof received on %2</source>
        <translation>bevis mottaget %2</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>kunde inte styrkas</translation>
    </message>
    <message>
        <source>matches the register&apos;s details</source>
        <translation>stämmer med registrets uppgifter</translation>
    </message>
    <message>
        <source>certain (reason in the timeline)</source>
        <translation>säker (motivering i tidslinjen)</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>inte bekräftad</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Överlämnat personligen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sättet inte antecknat</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>raderat när personens uppgifter raderades %1</translation>
    </message>
    <message>
        <source>access report sent</source>
        <translation>registerutdrag skickat</translation>
    </message>
    <message>
        <source>the person erased</source>
        <translation>personen raderad</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>inga uppgifter finns</translation>
    </message>
    <message>
        <source>data corrected</source>
        <translation>uppgifterna rättade</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>behandlingen begränsad</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>uppgifterna exporterade</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>invändningen antecknad</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>direktmarknadsföring förbjuden</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>samtycket återkallat</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <source>Send the access report…</source>
        <translation>Skicka registerutdraget…</translation>
    </message>
    <message>
        <source>Record the corrections…</source>
        <translation>Anteckna rättelserna…</translation>
    </message>
    <message>
        <source>Erase the person…</source>
        <translation>Radera personen…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Exportera uppgifterna…</translation>
    </message>
    <message>
        <source>Record the objection…</source>
        <translation>Anteckna invändningen…</translation>
    </message>
    <message>
        <source>Stop direct marketing…</source>
        <translation>Stoppa direktmarknadsföringen…</translation>
    </message>
    <message>
        <source>Record the withdrawal…</source>
        <translation>Anteckna återkallelsen…</translation>
    </message>
    <message>
        <source>Send the access report.</source>
        <translation>Skicka registerutdraget.</translation>
    </message>
    <message>
        <source>Correct the data on the person&apos;s page, then record the corrections.</source>
        <translation>Rätta uppgifterna på personens sida och anteckna sedan rättelserna.</translation>
    </message>
    <message>
        <source>Check what is erased and what is kept, then erase.</source>
        <translation>Kontrollera vad som raderas och vad som bevaras, och radera sedan.</translation>
    </message>
    <message>
        <source>Mark the person restricted.</source>
        <translation>Markera personen som begränsad.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data as a ZIP file.</source>
        <translation>Exportera personens uppgifter som en ZIP-fil.</translation>
    </message>
    <message>
        <source>Record the objection.</source>
        <translation>Anteckna invändningen.</translation>
    </message>
    <message>
        <source>Prohibit direct marketing to the person.</source>
        <translation>Förbjud direktmarknadsföring till personen.</translation>
    </message>
    <message>
        <source>Record which consents are withdrawn.</source>
        <translation>Anteckna vilka samtycken som återkallas.</translation>
    </message>
    <message>
        <source>Send the no-data-held letter…</source>
        <translation>Skicka brevet om att inga uppgifter finns…</translation>
    </message>
    <message>
        <source>Ready to send: %1. Send it to the person, then mark it sent.</source>
        <translation>Klart att skickas: %1. Skicka det till personen och markera det sedan som skickat.</translation>
    </message>
    <message>
        <source>Waiting for proof of identity, asked for on %1. Mark it received or failed.</source>
        <translation>Väntar på identitetsbevis, begärt %1. Markera det som mottaget eller misslyckat.</translation>
    </message>
    <message>
        <source>The identity could not be verified: refuse the request (Art 12(2)) or ask again.</source>
        <translation>Identiteten kunde inte styrkas: avslå begäran (art. 12.2) eller begär på nytt.</translation>
    </message>
    <message>
        <source>Identity not confirmed: ask for proof of identity (Art 12(6)).</source>
        <translation>Identiteten är inte bekräftad: begär bevis på identiteten (art. 12.6).</translation>
    </message>
    <message>
        <source>The person is not in the register: send the no-data-held letter.</source>
        <translation>Personen finns inte i registret: skicka brevet om att inga uppgifter finns.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa steg: %1</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tidsfrist</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>The request is already closed (%1).</source>
        <translation>Begäran är redan avslutad (%1).</translation>
    </message>
    <message>
        <source>The request has already been extended.</source>
        <translation>Fristen för begäran har redan förlängts.</translation>
    </message>
    <message>
        <source>Too late to extend: the person had to be told of an extension by %1.</source>
        <translation>För sent att förlänga: personen skulle ha underrättats om förlängningen senast %1.</translation>
    </message>
    <message>
        <source>Prepare the answer first: nothing is ready to send.</source>
        <translation>Skapa svaret först: inget är klart att skickas.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>Begäran är redan avslutad.</translation>
    </message>
    <message>
        <source>The answer is already prepared: send it and mark it sent.</source>
        <translation>Svaret är redan skapat: skicka det och markera det som skickat.</translation>
    </message>
    <message>
        <source>Proof of identity was asked for and has not arrived yet.</source>
        <translation>Identitetsbevis har begärts men har inte kommit ännu.</translation>
    </message>
    <message>
        <source>Correct the person&apos;s data first: no changed fields were found.</source>
        <translation>Rätta först personens uppgifter: inga ändrade fält hittades.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open requests</source>
        <translation>Öppna begäranden</translation>
    </message>
    <message>
        <source>Due within a week or overdue</source>
        <translation>Ska besvaras inom en vecka eller försenade</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Avslutade begäranden</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alla begäranden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>No requests match the search and filters.</source>
        <translation>Inga begäranden motsvarar sökningen och filtren.</translation>
    </message>
    <message>
        <source>No open requests. Log a request that arrives with Log a request (Ctrl+N).</source>
        <translation>Inga öppna begäranden. För in en begäran som kommer in med För in en begäran (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>No requests from this person. Requests are logged on the Requests page.</source>
        <translation>Inga begäranden från den här personen. Begäranden förs in på sidan Begäranden.</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(raderad person)</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message>
        <source>on legal hold</source>
        <translation>raderingsspärr</translation>
    </message>
    <message>
        <source>a request still open</source>
        <translation>obesvarad dataskyddsbegäran</translation>
    </message>
    <message>
        <source>processing restricted (Art 18)</source>
        <translation>behandlingen begränsad (art. 18)</translation>
    </message>
    <message>
        <source>kept by another register&apos;s retention rule</source>
        <translation>ett annat registers lagringstid har inte gått ut</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Erase everyone past retention</source>
        <translation>Radera alla vars lagringstid har gått ut</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Registret läses…</translation>
    </message>
    <message>
        <source>People to erase:</source>
        <translation>Personer att radera:</translation>
    </message>
    <message>
        <source>Orders kept anonymised for bookkeeping:</source>
        <translation>Beställningar som sparas utan personen för bokföringen:</translation>
    </message>
    <message>
        <source>Orders deleted:</source>
        <translation>Beställningar som raderas:</translation>
    </message>
    <message>
        <source>Archived documents deleted:</source>
        <translation>Arkiverade dokument som raderas:</translation>
    </message>
    <message>
        <source>Erasure cannot be undone. Each person is erased whole or not at all; Cancel stops between people. A report without names (Poistoajo) is archived as evidence.</source>
        <translation>Raderingen kan inte ångras. Varje person raderas helt eller inte alls; Avbryt stoppar körningen mellan två personer. En rapport utan namn (Raderingskörning) arkiveras som bevis.</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Radera alla…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Skipped, %1:</source>
        <translation>Hoppas över, %1:</translation>
    </message>
    <message>
        <source>Retention periods counted for %1.</source>
        <translation>Lagringstiderna beräknade för %1.</translation>
    </message>
    <message>
        <source>%1: %2 years %3 (%4 people)</source>
        <translation>%1: %2 år %3 (%4 personer)</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first: the report names the business.</source>
        <translation>Fyll först i företagets uppgifter: rapporten anger företaget.</translation>
    </message>
    <message>
        <source>&amp;Erase %1 people…</source>
        <translation>&amp;Radera %1 personer…</translation>
    </message>
    <message>
        <source>Nobody can be erased now.</source>
        <translation>Ingen kan raderas nu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Erase %1 people for good?</source>
        <translation>Radera %1 personer för gott?</translation>
    </message>
    <message>
        <source>Their customer data, consents, contacts and the orders bookkeeping no longer needs are deleted, and %1 orders are kept without them. This cannot be undone.</source>
        <translation>Deras kunduppgifter, samtycken, kontakter och de beställningar som bokföringen inte längre behöver raderas; %1 beställningar sparas utan dem. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <source>Stopping after the person being erased…</source>
        <translation>Stoppar när den person som raderas nu är klar…</translation>
    </message>
    <message>
        <source>Erased %1 of %2.</source>
        <translation>Raderat %1 av %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 people erased; the others were not touched.</source>
        <translation>Avbruten: %1 av %2 personer raderade; de övriga rördes inte.</translation>
    </message>
    <message>
        <source>%1 of %2 people erased.</source>
        <translation>%1 av %2 personer raderade.</translation>
    </message>
    <message>
        <source>The report (Poistoajo) is in the document archive.</source>
        <translation>Rapporten (Raderingskörning) finns i dokumentarkivet.</translation>
    </message>
    <message>
        <source>The erasure stopped on an error; see the log.</source>
        <translation>Raderingen stoppades av ett fel; se loggen.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Lagringstiden gick ut</translation>
    </message>
</context>
<context>
    <name>SecurityReview</name>
    <message>
        <source>A lost or stolen laptop</source>
        <translation>Den bärbara datorn kommer bort eller blir stulen</translation>
    </message>
    <message>
        <source>Ransomware or another virus locks or destroys the files</source>
        <translation>Utpressningsprogram eller annat virus låser eller förstör filerna</translation>
    </message>
    <message>
        <source>The e-mail account is taken over by phishing</source>
        <translation>E-postkontot kapas genom nätfiske</translation>
    </message>
    <message>
        <source>Personal data sent to the wrong recipient</source>
        <translation>Personuppgifter skickas till fel mottagare</translation>
    </message>
    <message>
        <source>Paper records seen, lost or thrown away unshredded</source>
        <translation>Pappershandlingar syns för utomstående, kommer bort eller slängs utan att strimlas</translation>
    </message>
    <message>
        <source>A computer shared with family or others</source>
        <translation>Datorn delas med familjen eller andra</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Diskkryptering</translation>
    </message>
    <message>
        <source>The register&apos;s own encryption</source>
        <translation>Registrets egen kryptering</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Passwords and two-factor sign-in</source>
        <translation>Lösenord och tvåstegsverifiering</translation>
    </message>
    <message>
        <source>Updates on time</source>
        <translation>Uppdateringar i tid</translation>
    </message>
    <message>
        <source>A locked cabinet</source>
        <translation>Låst skåp</translation>
    </message>
</context>
<context>
    <name>SecurityReviewDialog</name>
    <message>
        <source>Security review</source>
        <translation>Säkerhetsgranskning</translation>
    </message>
    <message>
        <source>Yearly security review (Art 32)</source>
        <translation>Årlig granskning av informationssäkerheten (artikel 32)</translation>
    </message>
    <message>
        <source>Go through the risks that matter to a one-person business once a year: tick the measures in place against each, add others in your own words and judge the risk that remains. The review starts from the previous one&apos;s answers.</source>
        <translation>Gå en gång om året igenom de risker som är viktiga för ett enmansföretag: kryssa för de skyddsåtgärder som finns mot varje risk, lägg till andra med egna ord och bedöm den risk som kvarstår. Granskningen utgår från den föregående granskningens svar.</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Granskad &amp;den:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Gransk&amp;are:</translation>
    </message>
    <message>
        <source>&amp;Next review by:</source>
        <translation>&amp;Nästa granskning senast:</translation>
    </message>
    <message>
        <source>Registers covered:</source>
        <translation>Granskningen omfattar registren:</translation>
    </message>
    <message>
        <source>Where the bac&amp;kups are kept:</source>
        <translation>&amp;Var säkerhetskopiorna förvaras:</translation>
    </message>
    <message>
        <source>e.g. an external disk kept at home, weekly</source>
        <translation>t.ex. en extern disk hemma, varje vecka</translation>
    </message>
    <message>
        <source>The register file is encrypted.</source>
        <translation>Registerfilen är krypterad.</translation>
    </message>
    <message>
        <source>The register file is not encrypted: its own encryption cannot be counted as a measure (turn it on under Settings).</source>
        <translation>Registerfilen är inte krypterad: registrets egen kryptering kan inte räknas som en åtgärd (slå på den under Inställningar).</translation>
    </message>
    <message>
        <source>Risks and the measures in place</source>
        <translation>Riskerna och skyddsåtgärderna som finns</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Andra skyddsåtgärder</translation>
    </message>
    <message>
        <source>Other measures: %1</source>
        <translation>Andra skyddsåtgärder: %1</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Kvarstående risk:</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>Kvarstående risk: %1</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Sent &amp;as:</source>
        <translation>Skickat &amp;som:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Skickat &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Reference (optional):</source>
        <translation>&amp;Referens (valfri):</translation>
    </message>
    <message>
        <source>tracking number or the e-mail&apos;s subject</source>
        <translation>försändelse-id eller e-postens ämne</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Företagsprofil</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Tillsynsmyndighet</translation>
    </message>
    <message>
        <source>Privacy statements and letters tell people where to complain. Check the address now and then: authorities move.</source>
        <translation>Dataskyddsbeskrivningar och brev anger vart man kan klaga. Kontrollera adressen då och då: även myndigheter flyttar.</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the program:</source>
        <translation>Programmets &amp;språk:</translation>
    </message>
    <message>
        <source>Save p&amp;rofile</source>
        <translation>Spara profi&amp;l</translation>
    </message>
    <message>
        <source>Save authorit&amp;y</source>
        <translation>Spara m&amp;yndighetens uppgifter</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>Återställ standardte&amp;xten</translation>
    </message>
    <message>
        <source>Supervisory authority (%1)</source>
        <translation>Tillsynsmyndighet (%1)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Everything you record is kept in this folder on this computer, with the program&apos;s log files in its logs folder.</source>
        <translation>Allt du för in sparas i den här mappen på den här datorn; programmets loggfiler finns i dess undermapp logs.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Öppna mappe&amp;n</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Every change is recorded, and the record can be checked for tampering.</source>
        <translation>Varje ändring antecknas, och det går att kontrollera att anteckningarna inte har manipulerats.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Hän&amp;delselogg…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up Tietosuoja Desktop</source>
        <translation>Komma i gång med Tietosuoja Desktop</translation>
    </message>
</context>
<context>
    <name>SigningMessages</name>
    <message>
        <source>The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>Lösenfrasen är fel, eller så är filen inte en PKCS#12-fil (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Enter the business name in the business profile first.</source>
        <translation>Ange först företagets namn i företagsprofilen.</translation>
    </message>
    <message>
        <source>The business ID (Y-tunnus) %1 in the business profile is not valid.</source>
        <translation>FO-numret (Y-tunnus) %1 i företagsprofilen är inte giltigt.</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the signing key.</source>
        <translation>Ange en lösenfras för att skydda signeringsnyckeln.</translation>
    </message>
    <message>
        <source>A signing identity already exists.</source>
        <translation>En signeringsidentitet finns redan.</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Det gick inte att läsa %1</translation>
    </message>
    <message>
        <source>The file must hold both a private key and its certificate.</source>
        <translation>Filen måste innehålla både en privat nyckel och dess certifikat.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>Den privata nyckeln i filen hör inte till dess certifikat.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Certifikatet har gått ut.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Create or import a new signing identity.</source>
        <translation>Signeringscertifikatet har gått ut. Skapa eller importera en ny signeringsidentitet.</translation>
    </message>
    <message>
        <source>The certificate is not meant for signing documents.</source>
        <translation>Certifikatet är inte avsett för att signera dokument.</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create or import one first.</source>
        <translation>Det finns ingen signeringsidentitet ännu. Skapa eller importera en först.</translation>
    </message>
    <message>
        <source>The document could not be signed: %1</source>
        <translation>Dokumentet kunde inte signeras: %1</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation>Filen är inte ett läsbart PDF-dokument.</translation>
    </message>
    <message>
        <source>The file begins like a PDF document but cannot be read: it is damaged or incomplete (for example cut short while it was copied or downloaded).</source>
        <translation>Filen börjar som ett PDF-dokument men kan inte läsas: den är skadad eller ofullständig (till exempel avbruten medan den kopierades eller laddades ned).</translation>
    </message>
    <message>
        <source>The document has no digital signature.</source>
        <translation>Dokumentet har ingen digital signatur.</translation>
    </message>
    <message>
        <source>The document has a signature, but its signature data is damaged and cannot be read.</source>
        <translation>Dokumentet har en signatur, men signaturdata är skadade och kan inte läsas.</translation>
    </message>
    <message>
        <source>The signature does not match the document: the signed content has been changed or the signature is damaged.</source>
        <translation>Signaturen stämmer inte med dokumentet: det signerade innehållet har ändrats eller signaturen är skadad.</translation>
    </message>
    <message>
        <source>The document has been changed after it was signed.</source>
        <translation>Dokumentet har ändrats efter att det signerades.</translation>
    </message>
    <message>
        <source>The file has data after the end of the signed document that no signature covers.</source>
        <translation>Filen har data efter slutet av det signerade dokumentet som ingen signatur omfattar.</translation>
    </message>
    <message>
        <source>The signature is valid, but the signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>Signaturen är giltig, men undertecknarens certifikat är självsignerat och inte utfärdat av en certifikatutfärdare.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>Undertecknarens certifikat är självsignerat och inte utfärdat av en certifikatutfärdare.</translation>
    </message>
    <message>
        <source>Not a PDF document</source>
        <translation>Inte ett PDF-dokument</translation>
    </message>
    <message>
        <source>Damaged or incomplete PDF</source>
        <translation>Skadad eller ofullständig PDF</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Inte signerat</translation>
    </message>
    <message>
        <source>The signature is damaged</source>
        <translation>Signaturen är skadad</translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation>Signaturen är inte giltig</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Ändrat efter signeringen</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file</source>
        <translation>Signaturen omfattar inte hela filen</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Certifikatet har återkallats</translation>
    </message>
    <message>
        <source>Added after signing: a further signature. It does not change the signed document.</source>
        <translation>Tillagt efter signeringen: ytterligare en signatur. Den ändrar inte det signerade dokumentet.</translation>
    </message>
    <message>
        <source>Added after signing: data for checking the signature in the long term (DSS/LTV). It does not change the signed document.</source>
        <translation>Tillagt efter signeringen: data för att kontrollera signaturen på lång sikt (DSS/LTV). De ändrar inte det signerade dokumentet.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be traced to a trusted certification authority.</source>
        <translation>Undertecknarens certifikat kunde inte spåras till en betrodd certifikatutfärdare.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Undertecknarens certifikat har återkallats.</translation>
    </message>
    <message>
        <source>A signature could not be checked: %1</source>
        <translation>En signatur kunde inte kontrolleras: %1</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Opening the register…

After an update of the program, a large register can take a few minutes to open. Please wait.</source>
        <translation>Registret öppnas…

Efter en uppdatering av programmet kan det ta några minuter att öppna ett stort register. Vänta.</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <source>Checking the register after an unfinished session…</source>
        <translation>Registret kontrolleras eftersom den förra sessionen avbröts…</translation>
    </message>
    <message>
        <source>A backup made on closing failed its check: %1. The register will be checked in full at the next start.</source>
        <translation>En säkerhetskopia som gjordes vid stängningen klarade inte kontrollen: %1. Registret kontrolleras i sin helhet vid nästa start.</translation>
    </message>
    <message>
        <source>The register was checked: it is whole.</source>
        <translation>Registret har kontrollerats: det är helt.</translation>
    </message>
    <message>
        <source>The backup on closing was not made: there is not enough disk space.</source>
        <translation>Säkerhetskopian vid stängningen gjordes inte: det finns inte tillräckligt med diskutrymme.</translation>
    </message>
    <message>
        <source>The register file is damaged. Nothing has been saved since the app started. Tietosuoja Desktop closes now; at the next start it offers to restore the latest good backup.</source>
        <translation>Registerfilen är skadad. Ingenting har sparats sedan appen startade. Tietosuoja Desktop stängs nu; vid nästa start erbjuder den att återställa den senaste felfria säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>StartNotice</name>
    <message>
        <source>Requests need attention</source>
        <translation>Begäranden kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Requests due within a week or overdue</source>
        <translation>Begäranden som ska besvaras inom en vecka eller är försenade</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue.</source>
        <translation>
            <numerusform>%n begäran är försenad.</numerusform>
            <numerusform>%n begäranden är försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due within seven days.</source>
        <translation>
            <numerusform>%n begäran ska besvaras inom sju dagar.</numerusform>
            <numerusform>%n begäranden ska besvaras inom sju dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation>&amp;Öppna begäran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>The file has no column of e-mail addresses, phone numbers or street addresses (headers such as email, phone, street_address and postal_code).</source>
        <translation>Filen har ingen kolumn med e-postadresser, telefonnummer eller gatuadresser (rubriker som e-post, telefon, gatuadress och postnummer eller email, phone, street_address och postal_code).</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>What kind of business?</source>
        <translation>Vilken sorts verksamhet?</translation>
    </message>
    <message>
        <source>Choose the template closest to yours for your first register.</source>
        <translation>Välj den mall som bäst motsvarar din verksamhet för ditt första register.</translation>
    </message>
    <message>
        <source>The template fills in the purposes, legal bases, data, sources, retention and security of the privacy statement. You can edit every part on the next page.</source>
        <translation>Mallen fyller i dataskyddsbeskrivningens ändamål, rättsliga grunder, uppgifter, källor, lagringstid och skydd. Du kan redigera varje del på nästa sida.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Web shop</source>
        <translation>Webbutik</translation>
    </message>
    <message>
        <source>Service business</source>
        <translation>Tjänsteföretag</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <translation>Kafé eller restaurang</translation>
    </message>
    <message>
        <source>Hair and beauty</source>
        <translation>Frisör och skönhetsvård</translation>
    </message>
    <message>
        <source>Builder or craftsman</source>
        <translation>Byggare eller hantverkare</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <source>Consultant or freelancer</source>
        <translation>Konsult eller frilansare</translation>
    </message>
    <message>
        <source>Employee register</source>
        <translation>Personalregister</translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Orders, deliveries, returns, a newsletter and the shop&apos;s cookies.</source>
        <translation>Beställningar, leveranser, returer, nyhetsbrev och butikens kakor.</translation>
    </message>
    <message>
        <source>Appointments and client work, e.g. a music teacher, a dog groomer or a repair service.</source>
        <translation>Tidsbokningar och kunduppdrag, t.ex. en musiklärare, en hundfrisör eller en reparationstjänst.</translation>
    </message>
    <message>
        <source>Table bookings, catering orders, allergy notes and a regulars&apos; club.</source>
        <translation>Bordsbokningar, cateringbeställningar, allergiuppgifter och en stamkundsklubb.</translation>
    </message>
    <message>
        <source>Appointments, treatment notes, allergies to products and gift cards.</source>
        <translation>Tidsbokningar, behandlingsanteckningar, allergier mot produkter och presentkort.</translation>
    </message>
    <message>
        <source>Quotes, contracts, work sites, household tax credit and warranty claims.</source>
        <translation>Offerter, avtal, arbetsplatser, hushållsavdrag och garantiärenden.</translation>
    </message>
    <message>
        <source>Shoots, image deliveries, portfolio permissions and the image archive.</source>
        <translation>Fotograferingar, bildleveranser, tillstånd till publicering och bildarkivet.</translation>
    </message>
    <message>
        <source>Client companies&apos; contact persons, assignments, invoicing and networking.</source>
        <translation>Kontaktpersoner hos kundföretag, uppdrag, fakturering och nätverk.</translation>
    </message>
    <message>
        <source>Your staff: pay, taxes, pensions, occupational health care and absences.</source>
        <translation>Din personal: löner, skatter, pensioner, företagshälsovård och frånvaro.</translation>
    </message>
    <message>
        <source>Applications for a job, kept for a year unless the applicant agrees longer.</source>
        <translation>Arbetsansökningar som sparas i ett år om inte den sökande samtycker till längre tid.</translation>
    </message>
    <message>
        <source>Members, membership fees and news for the members of a registered society.</source>
        <translation>Medlemmar, medlemsavgifter och medlemsutskick i en registrerad förening.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Deleted with the person&apos;s data (Art 17); it can no longer be opened.</source>
        <translation>Raderat med personens uppgifter (art. 17); dokumentet kan inte längre öppnas.</translation>
    </message>
    <message>
        <source>Kept in the register: double-click to open it.</source>
        <translation>Sparas i registret: dubbelklicka för att öppna det.</translation>
    </message>
    <message>
        <source>Not kept in the register; its SHA-256 fingerprint is %1.</source>
        <translation>Sparas inte i registret; dess kontrollsumma (SHA-256) är %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Begärans tidslinje</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>ToldPanel</name>
    <message>
        <source>Told &amp;as:</source>
        <translation>&amp;Sätt:</translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation>&amp;Dag:</translation>
    </message>
</context>
<context>
    <name>UnprintableDialog</name>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Tecken som dokumentet inte kan skriva ut</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the document&apos;s font. Fix the texts first, or make the document with the characters marked.</source>
        <translation>Vissa tecken kan inte skrivas ut med dokumentets typsnitt. Rätta texterna först, eller skapa dokumentet så att tecknen visas som ersättningstecken.</translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation>Skapa det ändå</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Enter a first name or a last name.</source>
        <translation>Ange ett förnamn eller ett efternamn.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Texten är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The text contains control characters; retype it without them.</source>
        <translation>Texten innehåller styrtecken; skriv den på nytt utan dem.</translation>
    </message>
    <message>
        <source>A name must contain at least one letter.</source>
        <translation>Ett namn måste innehålla minst en bokstav.</translation>
    </message>
    <message>
        <source>The name contains invisible characters that change the direction of the text; retype it without them.</source>
        <translation>Namnet innehåller osynliga tecken som ändrar textens riktning; skriv det på nytt utan dem.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Datumet kan inte vara före %1.</translation>
    </message>
    <message>
        <source>A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8.</source>
        <translation>Ett FO-nummer består av sju siffror, ett bindestreck och en kontrollsiffra, t.ex. 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of the business ID is wrong; check the number.</source>
        <translation>FO-numrets kontrollsiffra stämmer inte; kontrollera numret.</translation>
    </message>
    <message>
        <source>Enter the business ID (Y-tunnus).</source>
        <translation>Ange FO-numret (Y-tunnus).</translation>
    </message>
    <message>
        <source>A personal identity code is written DDMMYYCZZZQ, e.g. 131052-308T.</source>
        <translation>En personbeteckning skrivs DDMMÅÅCZZZQ, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>The personal identity code contains a date that does not exist.</source>
        <translation>Personbeteckningen innehåller ett datum som inte finns.</translation>
    </message>
    <message>
        <source>The individual number of the personal identity code must be between 002 and 899.</source>
        <translation>Personbeteckningens individnummer ska vara mellan 002 och 899.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong; check the code.</source>
        <translation>Personbeteckningens kontrolltecken stämmer inte; kontrollera beteckningen.</translation>
    </message>
    <message>
        <source>Enter a phone number such as 040 123 4567, or with its country code, e.g. +46 70 123 45 67.</source>
        <translation>Ange ett telefonnummer som 040 123 4567, eller med landsnummer, t.ex. +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in its country; check the digits.</source>
        <translation>Numret är inte ett giltigt telefonnummer i sitt land; kontrollera siffrorna.</translation>
    </message>
    <message>
        <source>Enter an e-mail address of the form name@example.fi.</source>
        <translation>Ange en e-postadress av formen namn@exempel.fi.</translation>
    </message>
    <message>
        <source>A Finnish postal code is five digits, e.g. 00100.</source>
        <translation>Ett finländskt postnummer består av fem siffror, t.ex. 00100.</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or hyphens.</source>
        <translation>Ett postnummer har 2–12 bokstäver, siffror, mellanslag eller bindestreck.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The birth date cannot be before %1.</source>
        <translation>Födelsedatumet kan inte vara före %1.</translation>
    </message>
    <message>
        <source>The birth date does not match the personal identity code.</source>
        <translation>Födelsedatumet stämmer inte med personbeteckningen.</translation>
    </message>
    <message>
        <source>Enter a name for the register.</source>
        <translation>Ange ett namn för registret.</translation>
    </message>
    <message>
        <source>Describe purpose %1.</source>
        <translation>Beskriv ändamål %1.</translation>
    </message>
    <message>
        <source>Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).</source>
        <translation>Ändamål %1 grundar sig på berättigat intresse: beskriv intressena (art. 13.1 d).</translation>
    </message>
    <message>
        <source>Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f)).</source>
        <translation>Uppgifter förs ut ur EU/EES: beskriv skyddsåtgärderna (art. 13.1 f).</translation>
    </message>
    <message>
        <source>This answer does not fit the question.</source>
        <translation>Svaret passar inte frågan.</translation>
    </message>
    <message>
        <source>Describe the automated decisions or profiling: the logic and what follows for the person (Art 13(2)(f)).</source>
        <translation>Beskriv de automatiserade besluten eller profileringen: logiken och följderna för den registrerade (art. 13.2 f).</translation>
    </message>
    <message>
        <source>Say which data must be given, on what law or contract, and what follows if it is not given (Art 13(2)(e)).</source>
        <translation>Ange vilka uppgifter som måste lämnas, enligt vilken lag eller vilket avtal, och vad som händer om de inte lämnas (art. 13.2 e).</translation>
    </message>
    <message>
        <source>The retention period must be from %1 to %2 years.</source>
        <translation>Lagringstiden ska vara %1–%2 år.</translation>
    </message>
    <message>
        <source>No purposes of processing yet: add at least one with its legal basis.</source>
        <translation>Inga ändamål ännu: lägg till minst ett med dess rättsliga grund.</translation>
    </message>
    <message>
        <source>Describe what personal data the register contains.</source>
        <translation>Beskriv vilka personuppgifter registret innehåller.</translation>
    </message>
    <message>
        <source>Describe where the data comes from, e.g. from the customers themselves.</source>
        <translation>Beskriv varifrån uppgifterna kommer, t.ex. från kunderna själva.</translation>
    </message>
    <message>
        <source>Name the recipients and regular disclosures, or write that there are none.</source>
        <translation>Ange mottagarna och de regelbundna utlämnandena, eller skriv att det inte finns några.</translation>
    </message>
    <message>
        <source>Say how long the data is kept, or the criteria for deciding it.</source>
        <translation>Ange hur länge uppgifterna sparas, eller kriterierna för hur länge.</translation>
    </message>
    <message>
        <source>Describe how manual (paper) material is protected, or that there is none.</source>
        <translation>Beskriv hur manuellt material (papper) skyddas, eller att det inte finns något.</translation>
    </message>
    <message>
        <source>Describe the organisational measures, e.g. confidentiality undertakings, access only for those who need it, training.</source>
        <translation>Beskriv de organisatoriska skyddsåtgärderna, t.ex. tystnadsförbindelser, behörighet endast för dem som behöver den, utbildning.</translation>
    </message>
    <message>
        <source>Describe how electronically processed data is protected.</source>
        <translation>Beskriv hur uppgifter som behandlas elektroniskt skyddas.</translation>
    </message>
    <message>
        <source>Say whose data the register holds, e.g. customers and their contact persons.</source>
        <translation>Ange vems uppgifter registret innehåller, t.ex. kunder och deras kontaktpersoner.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Name at least one register the review covers.</source>
        <translation>Välj minst ett register som granskningen omfattar.</translation>
    </message>
    <message>
        <source>There is no register %1.</source>
        <translation>Det finns inget register %1.</translation>
    </message>
    <message>
        <source>Go through this risk too.</source>
        <translation>Gå igenom även denna risk.</translation>
    </message>
    <message>
        <source>The risk %1 is reviewed twice.</source>
        <translation>Risken %1 har granskats två gånger.</translation>
    </message>
    <message>
        <source>Choose the measures in place against this risk, or say why none is needed.</source>
        <translation>Välj de skyddsåtgärder som finns mot denna risk, eller ange varför inga behövs.</translation>
    </message>
    <message>
        <source>The register is not encrypted: turn encryption on in Settings, or do not count the app&apos;s encryption as a measure.</source>
        <translation>Registret är inte krypterat: slå på krypteringen under Inställningar eller räkna inte appens kryptering som en åtgärd.</translation>
    </message>
    <message>
        <source>Say where the backups are kept.</source>
        <translation>Ange var säkerhetskopiorna förvaras.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>Nästa granskning måste komma efter denna.</translation>
    </message>
    <message>
        <source>Review security at least once a year: the next review is due by %1.</source>
        <translation>Granska säkerheten minst en gång om året: nästa granskning senast %1.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Mottagningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Give the amount in euros with at most two decimals, e.g. 12,50.</source>
        <translation>Ange beloppet i euro med högst två decimaler, t.ex. 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot exceed %1 euros.</source>
        <translation>Beloppet får vara högst %1 euro.</translation>
    </message>
    <message>
        <source>The received date cannot be before %1: the GDPR, under which requests are made, applies from that day.</source>
        <translation>Mottagningsdagen kan inte vara före %1: begärandena görs enligt dataskyddsförordningen, som tillämpas från den dagen.</translation>
    </message>
    <message>
        <source>Choose a customer or give the requester&apos;s name.</source>
        <translation>Välj en kund eller ange namnet på den som begär.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2.</source>
        <translation>Ange ett heltal från %1 till %2.</translation>
    </message>
    <message>
        <source>Say why the identity is certain.</source>
        <translation>Ange varför identiteten är säker.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Ange skälet till förlängningen.</translation>
    </message>
    <message>
        <source>Choose how it was sent.</source>
        <translation>Välj hur svaret skickades.</translation>
    </message>
    <message>
        <source>The sending date is in the future.</source>
        <translation>Dagen då svaret skickades ligger i framtiden.</translation>
    </message>
    <message>
        <source>The sending date is before the request was received.</source>
        <translation>Dagen då svaret skickades är före den dag begäran kom in.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Ange skälet.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beskriv vad som hände.</translation>
    </message>
    <message>
        <source>Choose at least one: confidentiality, integrity or availability.</source>
        <translation>Välj minst en: konfidentialitet, integritet eller tillgänglighet.</translation>
    </message>
    <message>
        <source>The time of discovery cannot be in the future.</source>
        <translation>Tidpunkten för upptäckten kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to %1.</source>
        <translation>Ange ett tal från 0 till %1.</translation>
    </message>
    <message>
        <source>The breach is assessed unlikely to result in a risk, so the authority is not told: record why (Art 33(5)).</source>
        <translation>Enligt din bedömning är det osannolikt att incidenten medför en risk, så myndigheten underrättas inte: anteckna varför (art. 33.5).</translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was discovered.</source>
        <translation>Myndigheten kan inte ha underrättats innan incidenten upptäcktes.</translation>
    </message>
    <message>
        <source>The time of the notification cannot be in the future.</source>
        <translation>Tidpunkten för anmälan kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The authority was notified more than 72 hours after discovery: give the reasons for the delay (Art 33(1)).</source>
        <translation>Myndigheten underrättades mer än 72 timmar efter upptäckten: ange skälen till förseningen (art. 33.1).</translation>
    </message>
    <message>
        <source>People cannot have been informed before the breach was discovered.</source>
        <translation>De berörda kan inte ha informerats innan incidenten upptäcktes.</translation>
    </message>
    <message>
        <source>The time people were informed cannot be in the future.</source>
        <translation>Tidpunkten då de berörda informerades kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Say how the people were informed, e.g. by letter or e-mail.</source>
        <translation>Ange hur de berörda informerades, t.ex. per brev eller e-post.</translation>
    </message>
    <message>
        <source>Explain why the exception of Art 34(3) applies.</source>
        <translation>Förklara varför undantaget i art. 34.3 gäller.</translation>
    </message>
    <message>
        <source>The authority has not been notified. Record the notification, or assess the breach as unlikely to result in a risk, before closing it.</source>
        <translation>Myndigheten har inte underrättats. Anteckna anmälan, eller bedöm att det är osannolikt att incidenten medför en risk, innan du avslutar den.</translation>
    </message>
    <message>
        <source>The risk is high: record that the people affected were informed, or the exception of Art 34(3) that applies, before closing the breach.</source>
        <translation>Risken är hög: anteckna att de berörda har informerats, eller vilket undantag i art. 34.3 som gäller, innan du avslutar incidenten.</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>överföringar utanför EU/EES</translation>
    </message>
    <message>
        <source>Not yet answered: is data transferred outside the EU/EEA? The statement says nothing about transfers until you answer (Art 13(1)(f)).</source>
        <translation>Ännu inte besvarad: överförs uppgifter utanför EU/EES? Beskrivningen säger ingenting om överföringar förrän du svarar (art. 13.1 f).</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>om uppgifterna måste lämnas</translation>
    </message>
    <message>
        <source>Not yet answered: must people give their data (by law or contract)? The statement says nothing about it until you answer (Art 13(2)(e)).</source>
        <translation>Ännu inte besvarad: måste den registrerade lämna sina uppgifter enligt lag eller avtal? Beskrivningen säger ingenting om det förrän du svarar (art. 13.2 e).</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automatiserade beslut</translation>
    </message>
    <message>
        <source>Not yet answered: are decisions made automatically (Art 22)? The statement says nothing about it until you answer (Art 13(2)(f)).</source>
        <translation>Ännu inte besvarad: fattas automatiserade beslut (art. 22)? Beskrivningen säger ingenting om det förrän du svarar (art. 13.2 f).</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilering</translation>
    </message>
    <message>
        <source>Not yet answered: is the data used for profiling (e.g. ad targeting, analytics demographics)? The statement says nothing about it until you answer.</source>
        <translation>Ännu inte besvarad: används uppgifterna för profilering (t.ex. riktad reklam, demografi i webbanalys)? Beskrivningen säger ingenting om det förrän du svarar.</translation>
    </message>
    <message>
        <source>Purpose %1 is not based on legitimate interests: only such a purpose has an assessment.</source>
        <translation>Ändamål %1 grundar sig inte på berättigat intresse: bara ett sådant ändamål har en bedömning.</translation>
    </message>
    <message>
        <source>The register has no purpose %1.</source>
        <translation>Registret har inget ändamål %1.</translation>
    </message>
    <message>
        <source>An assessment under the GDPR cannot be dated before %1.</source>
        <translation>En bedömning enligt dataskyddsförordningen kan inte dateras före %1.</translation>
    </message>
    <message>
        <source>A contract date cannot be before %1.</source>
        <translation>Avtalsdatumet kan inte vara före %1.</translation>
    </message>
    <message>
        <source>The review date cannot be before the contract date.</source>
        <translation>Granskningsdatumet kan inte vara före avtalsdatumet.</translation>
    </message>
    <message>
        <source>A statement&apos;s date cannot be before %1.</source>
        <translation>Beskrivningens datum kan inte vara före %1.</translation>
    </message>
    <message>
        <source>A new version cannot be dated before version %1 (%2).</source>
        <translation>En ny version kan inte dateras före version %1 (%2).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The date is before the request was received.</source>
        <translation>Datumet är före den dag begäran togs emot.</translation>
    </message>
    <message>
        <source>Answer this question: yes or no.</source>
        <translation>Besvara frågan: ja eller nej.</translation>
    </message>
    <message>
        <source>The checklist has no question %1.</source>
        <translation>Checklistan har ingen fråga %1.</translation>
    </message>
    <message>
        <source>Say why the answer is yes.</source>
        <translation>Motivera varför svaret är ja.</translation>
    </message>
    <message>
        <source>The checklist&apos;s answers make a DPIA needed: it cannot be concluded otherwise.</source>
        <translation>Enligt checklistans svar behövs en konsekvensbedömning: slutsatsen kan inte bli en annan.</translation>
    </message>
    <message>
        <source>Name at least one risk to the people.</source>
        <translation>Ange minst en risk för de registrerade.</translation>
    </message>
    <message>
        <source>The next review must come after the assessment.</source>
        <translation>Nästa omprövning måste ligga efter bedömningen.</translation>
    </message>
    <message>
        <source>A high residual risk needs the Data Protection Ombudsman consulted before processing (Art 36): the decision cannot be to proceed.</source>
        <translation>Om den kvarstående risken är hög ska dataombudsmannen höras före behandlingen (art. 36): beslutet kan inte vara att fortsätta.</translation>
    </message>
    <message>
        <source>Screen the register first: a DPIA is kept where the screening finds it needed.</source>
        <translation>Bedöm först registrets behov: en konsekvensbedömning förs in när bedömningen visar att den behövs.</translation>
    </message>
    <message>
        <source>The end date of a hold cannot be in the past.</source>
        <translation>Spärrens sista dag kan inte ligga i det förflutna.</translation>
    </message>
    <message>
        <source>Consent text version %1 is valid only from %2.</source>
        <translation>Version %1 av samtyckestexten gäller först från %2.</translation>
    </message>
    <message>
        <source>A new version cannot be valid before version %1 (%2).</source>
        <translation>En ny version kan inte gälla före version %1 (%2).</translation>
    </message>
    <message>
        <source>Say why the answer is yes or no.</source>
        <translation>Motivera varför svaret är ja eller nej.</translation>
    </message>
    <message>
        <source>A yes to an Art 37(1) question means a data protection officer is required.</source>
        <translation>Ett ja på en fråga enligt artikel 37.1 innebär att ett dataskyddsombud krävs.</translation>
    </message>
    <message>
        <source>No Art 37(1) question is answered yes: a data protection officer is not required (one may still be appointed voluntarily).</source>
        <translation>Ingen fråga enligt artikel 37.1 har besvarats med ja: inget dataskyddsombud krävs (ett kan ändå utses frivilligt).</translation>
    </message>
    <message>
        <source>Give the data protection officer&apos;s name and an e-mail address or phone number (Art 37(7)).</source>
        <translation>Ange dataskyddsombudets namn och en e-postadress eller ett telefonnummer (artikel 37.7).</translation>
    </message>
    <message>
        <source>The business details name a data protection officer: conclude that one was appointed voluntarily, or remove the name.</source>
        <translation>Företagsuppgifterna anger ett dataskyddsombud: välj att ett har utsetts frivilligt, eller ta bort namnet.</translation>
    </message>
    <message>
        <source>Access cannot end before it begins.</source>
        <translation>Tillgången kan inte upphöra innan den har börjat.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Giltig signatur</translation>
    </message>
    <message>
        <source>Valid, but the certificate is self-signed</source>
        <translation>Giltig, men certifikatet är självsignerat</translation>
    </message>
    <message>
        <source>Valid, but the signer is not verified</source>
        <translation>Giltig, men undertecknaren är inte verifierad</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>The document has not been changed since it was signed.</source>
        <translation>Dokumentet har inte ändrats sedan det signerades.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Check a signature</source>
        <translation>Kontrollera en signatur</translation>
    </message>
    <message>
        <source>Check a digital signature</source>
        <translation>Kontrollera en digital signatur</translation>
    </message>
    <message>
        <source>Open a PDF to see whether its digital signature is valid, who signed it and when, and whether the document was changed after it was signed.</source>
        <translation>Öppna en PDF för att se om dess digitala signatur är giltig, vem som signerade den och när, och om dokumentet har ändrats efter signeringen.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Öppna PDF…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signerad av:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>FO-nummer:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signerad:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Oförändrat sedan signeringen:</translation>
    </message>
</context>
</TS>
