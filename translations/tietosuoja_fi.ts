<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <comment>Line</comment>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>Reasons</comment>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
</context>
<context>
    <name>AccessHolderDialog</name>
    <message>
        <source>Access to personal data</source>
        <translation>Pääsy henkilötietoihin</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Kenellä on pääsy henkilötietoihin</translation>
    </message>
    <message>
        <source>Everyone who processes personal data on your behalf signs a confidentiality undertaking and is briefed before getting access (GDPR Art 29 and 32(4)).</source>
        <translation>Jokainen, joka käsittelee henkilötietoja lukuusi, allekirjoittaa vaitiolositoumuksen ja saa perehdytyksen ennen kuin saa pääsyn tietoihin (tietosuoja-asetuksen 29 artikla ja 32 artiklan 4 kohta).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Re&amp;gisters they can reach:</source>
        <translation>Re&amp;kisterit, joihin hänellä on pääsy:</translation>
    </message>
    <message>
        <source>Other &amp;access (e-mail, paper files…):</source>
        <translation>&amp;Muu pääsy (sähköposti, paperit…):</translation>
    </message>
    <message>
        <source>&amp;Undertaking signed on:</source>
        <translation>&amp;Vaitiolositoumus allekirjoitettu:</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Allekirjoitettu kappale:</translation>
    </message>
    <message>
        <source>&amp;Briefed on:</source>
        <translation>P&amp;erehdytetty:</translation>
    </message>
    <message>
        <source>Access &amp;from:</source>
        <translation>Pääsy &amp;alkaen:</translation>
    </message>
    <message>
        <source>Access un&amp;til:</source>
        <translation>Pääsy &amp;saakka:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Va&amp;litse tiedosto…</translation>
    </message>
    <message>
        <source>The signed undertaking, scanned or as a PDF</source>
        <translation>Allekirjoitettu sitoumus skannattuna tai PDF-tiedostona</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Choose the signed copy</source>
        <translation>Valitse allekirjoitettu kappale</translation>
    </message>
    <message>
        <source>Choose the signed undertaking</source>
        <translation>Valitse allekirjoitettu sitoumus</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
</context>
<context>
    <name>AccessListDialog</name>
    <message>
        <source>Access list</source>
        <translation>Pääsyoikeusluettelo</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Kenellä on pääsy henkilötietoihin</translation>
    </message>
    <message>
        <source>Keep here everyone who can reach the registers: you, a helper, the accounting firm, IT support. Print the confidentiality undertaking, have it signed and attach the signed copy.</source>
        <translation>Kirjaa tähän jokainen, jolla on pääsy rekistereihin: sinä itse, avustaja, tilitoimisto, IT-tuki. Tulosta vaitiolositoumus, anna se allekirjoitettavaksi ja liitä allekirjoitettu kappale.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Print undertaking…</source>
        <translation>&amp;Tulosta sitoumus…</translation>
    </message>
    <message>
        <source>The form for the chosen person, or a blank one when nobody is chosen</source>
        <translation>Lomake valitulle henkilölle tai tyhjä lomake, jos ketään ei ole valittu</translation>
    </message>
    <message>
        <source>&amp;Save signed copy…</source>
        <translation>Tallenna &amp;allekirjoitettu kappale…</translation>
    </message>
    <message>
        <source>No undertaking or briefing recorded for: %1</source>
        <translation>Vaitiolositoumusta tai perehdytystä ei ole kirjattu: %1</translation>
    </message>
    <message>
        <source>Remove from the access list</source>
        <translation>Poista pääsyoikeusluettelosta</translation>
    </message>
    <message>
        <source>Remove %1 and the archived undertaking? Only for an entry made by mistake: when access ends, set the last day instead, so the list still shows who could reach what.</source>
        <translation>Poistetaanko %1 ja arkistoitu sitoumus? Vain vahingossa tehdylle merkinnälle: kun pääsy päättyy, merkitse sen sijaan viimeinen päivä, jotta luettelosta näkyy edelleen, kuka pääsi mihinkin.</translation>
    </message>
    <message>
        <source>Save the signed copy</source>
        <translation>Tallenna allekirjoitettu kappale</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Avustaja</translation>
    </message>
    <message>
        <source>Accounting firm</source>
        <translation>Tilitoimisto</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-tuki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Sitoumus</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Perehdytys</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>Pääsy päättyy</translation>
    </message>
</context>
<context>
    <name>ActionButtons</name>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Merkitse lähetetyksi…</translation>
    </message>
    <message>
        <source>Record how and when the answer went to the person: this completes the request</source>
        <translation>Kirjaa, miten ja milloin vastaus lähti henkilölle: vasta tämä merkitsee pyynnön käsitellyksi</translation>
    </message>
    <message>
        <source>Draft an &amp;e-mail</source>
        <translation>Laadi sähköp&amp;osti</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Kuittaa…</translation>
    </message>
    <message>
        <source>Confirm receipt and tell the due date</source>
        <translation>Vahvista pyynnön vastaanotto ja kerro määräpäivä</translation>
    </message>
    <message>
        <source>Ask for &amp;identity…</source>
        <translation>Pyy&amp;dä todistus henkilöllisyydestä…</translation>
    </message>
    <message>
        <source>Identity &amp;received</source>
        <translation>Henkil&amp;öllisyys todennettu</translation>
    </message>
    <message>
        <source>Identity faile&amp;d</source>
        <translation>Todentam&amp;inen epäonnistui</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Jatka määräaikaa…</translation>
    </message>
    <message>
        <source>Two more months, with a reason (Art 12(3))</source>
        <translation>Kaksi kuukautta lisäaikaa perusteltuna (12 art. 3)</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>&amp;Hylkää…</translation>
    </message>
    <message>
        <source>Refuse or take no action, with a reason (Art 12(4))</source>
        <translation>Hylkää pyyntö tai jätä toimimatta perustellusti (12 art. 4)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>Pe&amp;ruttu…</translation>
    </message>
    <message>
        <source>The person has withdrawn the request</source>
        <translation>Henkilö on perunut pyyntönsä</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;page…</source>
        <translation>Henkilön &amp;sivu…</translation>
    </message>
    <message>
        <source>Write an e-mail with the answer attached and open it in your mail program; send it there, then mark the request sent</source>
        <translation>Laatii sähköpostin, jonka liitteenä on vastaus, ja avaa sen sähköpostiohjelmassasi. Lähetä se siellä ja merkitse sitten pyyntö lähetetyksi</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Odottaa todistusta henkilöllisyydestä</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>&amp;Allekirjoita sähköisesti</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letter by e-mail</source>
        <translation>Allekirjoita allekirjoitusavaimellasi, jotta voit lähettää kirjeen sähköpostilla</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign letters digitally</source>
        <translation>Luo tai tuo allekirjoitusavain asetuksissa, jotta voit allekirjoittaa kirjeitä sähköisesti</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Allekirjoitusavaimen tunnuslause</translation>
    </message>
    <message>
        <source>The register has no postal address for this person: a letter for posting cannot be addressed.</source>
        <translation>Rekisterissä ei ole tämän henkilön postiosoitetta: postitettavaa kirjettä ei voi osoittaa.</translation>
    </message>
    <message>
        <source>The register has no postal address or e-mail address for this person: add one on the person&apos;s page, or hand the letter over in person.</source>
        <translation>Rekisterissä ei ole tämän henkilön posti- eikä sähköpostiosoitetta: lisää osoite henkilön sivulla tai luovuta kirje henkilökohtaisesti.</translation>
    </message>
    <message>
        <source>Make it for &amp;e-mail: addressed to the e-mail address</source>
        <translation>Laadi sä&amp;hköpostia varten: osoitteeksi sähköpostiosoite</translation>
    </message>
    <message>
        <source>Give the reason: the letter states it.</source>
        <translation>Anna syy: se mainitaan kirjeessä.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Kirjoita allekirjoitusavaimesi tunnuslause.</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n asiakirja</numerusform>
            <numerusform>%n asiakirjaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkisto</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>N&amp;äytä:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Kaikki asiakirjat</translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation>Tietosuojaselosteet</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Selosteet käsittelytoimista</translation>
    </message>
    <message>
        <source>Access reports</source>
        <translation>Tarkastusselvitykset</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Request logs</source>
        <translation>Pyyntöluettelot</translation>
    </message>
    <message>
        <source>Legitimate interest assessments</source>
        <translation>Oikeutetun edun arvioinnit</translation>
    </message>
    <message>
        <source>Data protection impact assessments</source>
        <translation>Vaikutustenarvioinnit</translation>
    </message>
    <message>
        <source>Security reviews</source>
        <translation>Tietoturvan vuosiarvioinnit</translation>
    </message>
    <message>
        <source>Retention erasure runs</source>
        <translation>Poistoajot</translation>
    </message>
    <message>
        <source>Data protection policies</source>
        <translation>Tietosuojapolitiikat</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover pages</source>
        <translation>Valvontakansioiden kansilehdet</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Arkistoidut asiakirjat</translation>
    </message>
    <message>
        <source>No documents here yet. Every document you make is kept here, so earlier versions can always be opened again.</source>
        <translation>Asiakirjoja ei ole vielä. Jokainen laatimasi asiakirja säilytetään täällä, joten aiemmat versiot voi aina avata uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Ta&amp;llenna…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Check si&amp;gnature</source>
        <translation>Tark&amp;ista allekirjoitus</translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Made</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Tarkastusselvitys</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Pyyntöluettelo</translation>
    </message>
    <message>
        <source>Breach report</source>
        <translation>Tietoturvaloukkausraportti</translation>
    </message>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Oikeutetun edun arviointi</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Tietosuojaa koskeva vaikutustenarviointi</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Tietoturvan vuosiarviointi</translation>
    </message>
    <message>
        <source>Retention erasure run</source>
        <translation>Poistoajo</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Selvitys suostumuksista</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Vaitiolositoumus</translation>
    </message>
    <message>
        <source>Data protection policy</source>
        <translation>Tietosuojapolitiikka</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover page</source>
        <translation>Valvontakansion kansilehti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Liitä tiedosto…</translation>
    </message>
    <message>
        <source>Keep a scanned letter or a saved e-mail with the request</source>
        <translation>Säilytä skannattu kirje tai tallennettu sähköposti pyynnön yhteydessä</translation>
    </message>
    <message>
        <source>Attached originals</source>
        <translation>Liitetyt alkuperäiset</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Tallenna alkuperäinen</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Liitä alkuperäinen</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>merkintää on muutettu kirjaamisen jälkeen</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>siihen tallennettua edellisen merkinnän tiivistettä on muutettu</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>jokin sitä edeltävä merkintä puuttuu (poistettu tai korvattu)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>merkintöjen järjestystä on muutettu</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Tapahtumaloki on eheä: %n merkintä tarkistettu.</numerusform>
            <numerusform>Tapahtumaloki on eheä: %n merkintää tarkistettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3.</source>
        <translation>Tapahtumalokia on muutettu ohjelman ulkopuolella: ketju katkeaa merkinnän %1 (%2) kohdalla: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation>
            <numerusform>Sitä edeltävä %n merkintä on eheä.</numerusform>
            <numerusform>Sitä edeltävät %n merkintää ovat eheitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of the chain: %1. Write it down or keep the PDF: checking against it later also shows entries removed from the end (tietosuoja audit verify --head).</source>
        <translation>Ketjun pää: %1. Kirjoita se muistiin tai säilytä PDF: kun lokia myöhemmin verrataan siihen, myös lopusta poistetut merkinnät havaitaan (tietosuoja audit verify --head).</translation>
    </message>
    <message>
        <source>Save the audit log as CSV</source>
        <translation>Tallenna tapahtumaloki CSV-tiedostona</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Save the audit log as PDF</source>
        <translation>Tallenna tapahtumaloki PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Every change to the register is recorded here by time, action and the names of the fields changed, never their values. Each entry carries the hash of the one before it, so an entry changed, removed or moved outside the program is found when you verify the log.</source>
        <translation>Jokainen rekisteriin tehty muutos kirjataan tähän: aika, toiminto ja muuttuneiden kenttien nimet, ei koskaan niiden arvoja. Jokaisessa merkinnässä on edellisen merkinnän tiiviste, joten ohjelman ulkopuolella muutettu, poistettu tai siirretty merkintä havaitaan, kun tarkistat lokin.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;opy head</source>
        <translation>K&amp;opioi ketjun pää</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Tapahtumalokin merkinnät, uusin ensin</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Tiiviste</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Yrityksen tiedot</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Allekirjoitusvarmenne</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Tietoturvaloukkaus</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Markkinoinnin estolista</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Valvontakansio</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Palautettu varmuuskopiosta</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Esittelytiedot lisätty</translation>
    </message>
    <message>
        <source>Personal details removed</source>
        <translation>Henkilötiedot poistettu</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Liite lisätty</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Ilmoitettu viranomaiselle</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Henkilöille kerrottu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Added to the suppression list</source>
        <translation>Lisätty estolistalle</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup is damaged and cannot be restored: %1</source>
        <translation>Varmuuskopio on vioittunut, eikä sitä voi palauttaa: %1</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Tietosuoja Desktop; update the app to restore it.</source>
        <translation>Varmuuskopio on tehty Tietosuoja Desktopin uudemmalla versiolla; päivitä sovellus palauttaaksesi sen.</translation>
    </message>
    <message>
        <source>The file is not a Tietosuoja Desktop register and cannot be restored.</source>
        <translation>Tiedosto ei ole Tietosuoja Desktopin rekisteri, eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <source>The backup cannot be opened with this register&apos;s passphrase: it is damaged, or encrypted with another passphrase (one used before the passphrase was changed, or another register&apos;s).</source>
        <translation>Varmuuskopiota ei voi avata tämän rekisterin tunnuslauseella: se on vioittunut tai salattu toisella tunnuslauseella (ennen tunnuslauseen vaihtoa käytetyllä tai toisen rekisterin).</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup: it is another passphrase, or the backup is damaged.</source>
        <translation>Tunnuslause ei avaa varmuuskopiota: se on eri tunnuslause, tai varmuuskopio on vioittunut.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Backups are kept in %1. Copy them to another disk now and then.</source>
        <translation>Varmuuskopiot säilytetään kansiossa %1. Kopioi ne aika ajoin toiselle levylle.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Palauta val&amp;ittu…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Palauta tiedostosta…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation>Säilyt&amp;ettävät uusimmat automaattiset varmuuskopiot:</translation>
    </message>
    <message>
        <source>Backups made on closing, before updates and before restores, of each kind.</source>
        <translation>Sulkemisen yhteydessä, ennen päivityksiä ja ennen palautuksia tehdyt varmuuskopiot, kutakin lajia erikseen.</translation>
    </message>
    <message>
        <source>The backups take %1 in all; %2 is free on that disk.</source>
        <translation>Varmuuskopiot vievät yhteensä %1; levyllä on vapaata %2.</translation>
    </message>
    <message>
        <source>The next backup (%1) does not fit: free some space or keep fewer backups.</source>
        <translation>Seuraava varmuuskopio (%1) ei mahdu: vapauta tilaa tai säilytä vähemmän varmuuskopioita.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Se ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1?

Everything added or changed after it was taken is replaced; the register as it is now is kept as a backup. People erased after the backup was taken are erased again.</source>
        <translation>Korvataanko rekisteri varmuuskopiolla %1?

Kaikki sen ottamisen jälkeen lisätty tai muutettu korvautuu; rekisteri nykyisellään säilytetään varmuuskopiona. Varmuuskopion ottamisen jälkeen poistetut henkilöt poistetaan uudelleen.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All (*)</source>
        <translation>Varmuuskopiot (*.sqlite);;Kaikki (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Varmuuskopion tunnuslause</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with another passphrase, one used before it was changed. Type that passphrase to restore it; the register keeps its present passphrase.</source>
        <translation>Varmuuskopio %1 on salattu toisella tunnuslauseella, joka oli käytössä ennen sen vaihtamista. Kirjoita se tunnuslause palauttaaksesi varmuuskopion; rekisteri pitää nykyisen tunnuslauseensa.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Palautetaan…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Palautettu %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 varmuuskopion ottamisen jälkeen poistettua henkilöä poistettiin uudelleen.</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Rekisteri on vioittunut</translation>
    </message>
    <message>
        <source>The register file %1 is damaged and cannot be opened.</source>
        <translation>Rekisteritiedosto %1 on vioittunut, eikä sitä voi avata.</translation>
    </message>
    <message>
        <source>There is no intact backup. The damaged file is left as it is; contact support.</source>
        <translation>Ehjää varmuuskopiota ei ole. Vioittunut tiedosto jätetään ennalleen; ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The latest intact backup is %1. Restore it? People erased after it was taken are erased again, and the damaged file is kept beside the backups.</source>
        <translation>Uusin ehjä varmuuskopio on %1. Palautetaanko se? Sen ottamisen jälkeen poistetut henkilöt poistetaan uudelleen, ja vioittunut tiedosto säilytetään varmuuskopioiden rinnalla.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>itse tehty</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>sulkemisen yhteydessä</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>ennen päivitystä</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>%1, not checked yet</source>
        <translation>%1, ei vielä tarkistettu</translation>
    </message>
    <message>
        <source>%1, DAMAGED: failed its check</source>
        <translation>%1, VIOITTUNUT: ei läpäissyt tarkistusta</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation>Kirjaa tietoturvaloukkaus</translation>
    </message>
    <message>
        <source>Edit breach</source>
        <translation>Muokkaa tietoturvaloukkausta</translation>
    </message>
    <message>
        <source>Find a customer to link</source>
        <translation>Hae liitettävä asiakas</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Löydetyt asiakkaat</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Liitetyt asiakkaat</translation>
    </message>
    <message>
        <source>Log every personal data breach, even a small one. Unless it is unlikely to result in a risk, the Data Protection Ombudsman must be notified within 72 hours of discovery; when the risk is high, the people affected must be told too.</source>
        <translation>Kirjaa jokainen henkilötietojen tietoturvaloukkaus, pienikin. Loukkauksesta on ilmoitettava Tietosuojavaltuutetun toimistolle 72 tunnin kuluessa sen havaitsemisesta, paitsi jos se ei todennäköisesti aiheuta riskiä; kun riski on korkea, myös rekisteröidyille on kerrottava.</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Havaittu:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Mitä tapahtui:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Luonne:</translation>
    </message>
    <message>
        <source>D&amp;ata concerned:</source>
        <translation>&amp;Tiedot, joita koskee:</translation>
    </message>
    <message>
        <source>&amp;People affected (approx.):</source>
        <translation>Henkilöitä (&amp;arvio):</translation>
    </message>
    <message>
        <source>&amp;Records affected (approx.):</source>
        <translation>Tietu&amp;eita (arvio):</translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation>To&amp;dennäköiset seuraukset:</translation>
    </message>
    <message>
        <source>Measures &amp;taken:</source>
        <translation>Toteutetut t&amp;oimenpiteet:</translation>
    </message>
    <message>
        <source>&amp;Measures proposed:</source>
        <translation>Ehdotetut toime&amp;npiteet:</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>&amp;Riski:</translation>
    </message>
    <message>
        <source>Reasoning for the risk:</source>
        <translation>Riskinarvion perustelut:</translation>
    </message>
    <message>
        <source>Affected customers:</source>
        <translation>Asiakkaat, joita koskee:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>e.g. A laptop with the customer register was stolen from a car.</source>
        <translation>esim. Kannettava tietokone, jolla asiakasrekisteri oli, varastettiin autosta.</translation>
    </message>
    <message>
        <source>e.g. names, addresses, order history</source>
        <translation>esim. nimet, osoitteet, tilaushistoria</translation>
    </message>
    <message>
        <source>Find a customer to link: name, e-mail, phone</source>
        <translation>Hae liitettävä asiakas: nimi, sähköposti, puhelin</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Liitä</translation>
    </message>
    <message>
        <source>Linked: the letters go to these customers</source>
        <translation>Liitetyt: kirjeet lähetetään näille asiakkaille</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Poista liito&amp;s</translation>
    </message>
</context>
<context>
    <name>BreachNames</name>
    <message>
        <source>Confidentiality</source>
        <translation>Luottamuksellisuus</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Eheys</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Saatavuus</translation>
    </message>
    <message>
        <source>Data was disclosed to or seen by someone not entitled to it.</source>
        <translation>Tietoja paljastui tai niitä näki joku, jolla ei ollut siihen oikeutta.</translation>
    </message>
    <message>
        <source>Data was altered without authority.</source>
        <translation>Tietoja muutettiin luvatta.</translation>
    </message>
    <message>
        <source>Data was lost or destroyed, or could not be used for a while.</source>
        <translation>Tietoja katosi tai tuhoutui, tai niitä ei voitu käyttää jonkin aikaa.</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>Ei todennäköisesti aiheuta riskiä</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Korkea riski</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>No exception: people are told</source>
        <translation>Ei poikkeusta: henkilöille kerrotaan</translation>
    </message>
    <message>
        <source>The data was unintelligible, e.g. encrypted (Art 34(3)(a))</source>
        <translation>Tiedot olivat käsittämättömiä, esim. salattuja (34 art. 3 a)</translation>
    </message>
    <message>
        <source>Later measures removed the high risk (Art 34(3)(b))</source>
        <translation>Myöhemmät toimenpiteet poistivat korkean riskin (34 art. 3 b)</translation>
    </message>
    <message>
        <source>Disproportionate effort: a public notice instead (Art 34(3)(c))</source>
        <translation>Kohtuuton vaiva: julkinen tiedote sen sijaan (34 art. 3 c)</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min jäljellä</translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation>%1 h %2 min myöhässä</translation>
    </message>
    <message>
        <source>Notified %1</source>
        <translation>Ilmoitettu %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ei tarpeen</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Ei ilmoitettu</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Breach log</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>Valittu tietoturvaloukkaus</translation>
    </message>
    <message>
        <source>&amp;Log a breach…</source>
        <translation>&amp;Kirjaa loukkaus…</translation>
    </message>
    <message>
        <source>Log a personal data breach (Ctrl+N)</source>
        <translation>Kirjaa henkilötietojen tietoturvaloukkaus (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>M&amp;uokkaa…</translation>
    </message>
    <message>
        <source>Authority &amp;notified…</source>
        <translation>&amp;Ilmoitettu viranomaiselle…</translation>
    </message>
    <message>
        <source>People &amp;informed…</source>
        <translation>&amp;Henkilöille kerrottu…</translation>
    </message>
    <message>
        <source>Le&amp;tters…</source>
        <translation>Kir&amp;jeet…</translation>
    </message>
    <message>
        <source>Write a letter to each affected customer, in their own language</source>
        <translation>Kirjoita kirje jokaiselle asiakkaalle, jota loukkaus koskee, hänen omalla kielellään</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Raportti…</translation>
    </message>
    <message>
        <source>&amp;Close breach</source>
        <translation>&amp;Sulje loukkaus</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <source>No breaches logged. When personal data is lost, stolen, sent to the wrong person or altered, log it here at once: the 72-hour clock starts when you become aware of it.</source>
        <translation>Tietoturvaloukkauksia ei ole kirjattu. Kun henkilötietoja katoaa, varastetaan, lähetetään väärälle henkilölle tai muuttuu, kirjaa se tähän heti: 72 tunnin määräaika alkaa siitä, kun saat tiedon loukkauksesta.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Luonne</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Tiedot, joita koskee</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Henkilöitä</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Tietueita</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Todennäköiset seuraukset</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Toteutetut toimenpiteet</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72 tunnin määräaika</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Viivästyksen syyt</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Henkilöille kerrottu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Kuinka monelle</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Liitetyt asiakkaat</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Poikkeus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Tietoturvaloukkaus %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Close breach</source>
        <translation>Sulje tietoturvaloukkaus</translation>
    </message>
    <message>
        <source>Close breach %1? Close it when the authority and the people affected have been told as required and the measures are done.</source>
        <translation>Suljetaanko tietoturvaloukkaus %1? Sulje se, kun viranomaiselle ja rekisteröidyille on ilmoitettu vaaditulla tavalla ja toimenpiteet on tehty.</translation>
    </message>
    <message>
        <source>Letters saved</source>
        <translation>Kirjeet tallennettu</translation>
    </message>
    <message>
        <source>Letters saved in %1: %2.</source>
        <translation>Kirjeitä tallennettu kansioon %1: %2.</translation>
    </message>
    <message>
        <source>Once you have sent them, record that the people were informed. Record it now?</source>
        <translation>Kun olet lähettänyt ne, kirjaa, että henkilöille on ilmoitettu. Kirjataanko se nyt?</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>kirjeellä</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Kirjoitetaan kirjeitä…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tallentaminen ei onnistunut</translation>
    </message>
    <message>
        <source>Could not save the letters: %1</source>
        <translation>Kirjeiden tallentaminen ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>Allekirjoitus ei onnistu</translation>
    </message>
    <message>
        <source>Save the breach report</source>
        <translation>Tallenna tietoturvaloukkausraportti</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Raportin tallentaminen ei onnistunut: %1</translation>
    </message>
</context>
<context>
    <name>BreachesTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Notify authority by</source>
        <translation>Ilmoitettava viimeistään</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72 tunnin määräaika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>notified %1</source>
        <translation>ilmoitettu %1</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>ei tarpeen</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>myöhässä %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min jäljellä</translation>
    </message>
    <message>
        <source>Added %1 to the access list: %2.</source>
        <translation>Lisätty pääsyoikeusluetteloon (%1): %2.</translation>
    </message>
    <message>
        <source>Access list entry %1 saved: %2.</source>
        <translation>Pääsyoikeusluettelon merkintä %1 tallennettu: %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Vaitiolositoumus</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Perehdytys</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>No one is on the access list.</source>
        <translation>Pääsyoikeusluettelossa ei ole ketään.</translation>
    </message>
    <message>
        <source>Other access</source>
        <translation>Muu pääsy</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Allekirjoitettu kappale</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Access list entry %1 removed.</source>
        <translation>Pääsyoikeusluettelon merkintä %1 poistettu.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Ilmoitettava</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72 tunnin määräaika</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Breach %1 logged.</source>
        <translation>Tietoturvaloukkaus %1 kirjattu.</translation>
    </message>
    <message>
        <source>No breaches.</source>
        <translation>Ei tietoturvaloukkauksia.</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Tietoturvaloukkaus %1</translation>
    </message>
    <message>
        <source>Notification of breach %1 recorded.</source>
        <translation>Tietoturvaloukkauksen %1 ilmoitus viranomaiselle kirjattu.</translation>
    </message>
    <message>
        <source>--sign signs the letters: give --letters FOLDER too.</source>
        <translation>--sign allekirjoittaa kirjeet: anna myös --letters KANSIO.</translation>
    </message>
    <message>
        <source>People informed of breach %1 recorded.</source>
        <translation>Tietoturvaloukkauksesta %1 kertominen henkilöille kirjattu.</translation>
    </message>
    <message>
        <source>%1 letters written to %2.</source>
        <translation>Kirjeet (%1 kpl) kirjoitettu kansioon %2.</translation>
    </message>
    <message>
        <source>Breach %1 closed.</source>
        <translation>Tietoturvaloukkaus %1 suljettu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>Näytetään %1/%2.</translation>
    </message>
    <message>
        <source>Customer %1 added: %2</source>
        <translation>Asiakas %1 lisätty: %2</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>Asiakas %1 tallennettu.</translation>
    </message>
    <message>
        <source>Marketing prohibited since %1</source>
        <translation>Suoramarkkinointi kielletty %1 alkaen</translation>
    </message>
    <message>
        <source>Processing restricted since %1</source>
        <translation>Käsittely rajoitettu %1 alkaen</translation>
    </message>
    <message>
        <source>Consent events: %1, orders: %2, contacts: %3, requests: %4</source>
        <translation>Suostumustapahtumat: %1, tilaukset: %2, yhteydenotot: %3, pyynnöt: %4</translation>
    </message>
    <message>
        <source>Erasing needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Poisto on vahvistettava: aja komento päätteessä tai lisää --yes.</translation>
    </message>
    <message>
        <source>%1 requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared.</source>
        <translation>%1 pyyntöä jää rekisteriin poistetun henkilön merkintöinä (tyyppi, vastaanotettu, tila); niiden kuvaukset ja muistiinpanot tyhjennetään.</translation>
    </message>
    <message>
        <source>%1 archived documents are deleted; none is kept.</source>
        <translation>%1 arkistoitua asiakirjaa poistetaan; yhtäkään ei säilytetä.</translation>
    </message>
    <message>
        <source>%1 backups in the backup folder were taken while the person was in the register: they stay until rotated out (the newest %2 automatic ones of each kind are kept) or removed (tietosuoja backup prune), and a restore erases the person again.</source>
        <translation>Varmuuskopiokansiossa on %1 varmuuskopiota, jotka on otettu henkilön ollessa rekisterissä: ne säilyvät, kunnes kierrätys poistaa ne (automaattisista säilytetään kunkin lajin %2 uusinta) tai ne poistetaan (tietosuoja backup prune), ja palautettaessa henkilö poistetaan uudelleen.</translation>
    </message>
    <message>
        <source>Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; %5 orders are kept anonymised for bookkeeping.</source>
        <translation>Asiakkaan %1 poisto poistaa %2 suostumustapahtumaa, %3 yhteydenottoa ja %4 tilausta; %5 tilausta säilytetään anonymisoituina kirjanpitoa varten.</translation>
    </message>
    <message>
        <source>Erase %1 for good? [y/N]</source>
        <translation>Poistetaanko %1 pysyvästi? [k/E]</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>Customer %1 erased.</source>
        <translation>Asiakas %1 poistettu.</translation>
    </message>
    <message>
        <source>Processing of customer %1 restricted.</source>
        <translation>Asiakkaan %1 tietojen käsittely rajoitettu.</translation>
    </message>
    <message>
        <source>Restriction of customer %1 lifted.</source>
        <translation>Asiakkaan %1 käsittelyn rajoitus poistettu.</translation>
    </message>
    <message>
        <source>Marketing to customer %1 prohibited.</source>
        <translation>Suoramarkkinointi asiakkaalle %1 kielletty.</translation>
    </message>
    <message>
        <source>Marketing prohibition of customer %1 lifted.</source>
        <translation>Asiakkaan %1 suoramarkkinointikielto poistettu.</translation>
    </message>
    <message>
        <source>Consent event %1 recorded.</source>
        <translation>Suostumustapahtuma %1 kirjattu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Tekstin versio</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>Todisteen SHA-256</translation>
    </message>
    <message>
        <source>No consent events.</source>
        <translation>Ei suostumustapahtumia.</translation>
    </message>
    <message>
        <source>Consent text %1 recorded as version %2.</source>
        <translation>Suostumusteksti %1 kirjattu versioksi %2.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>No consent texts.</source>
        <translation>Ei suostumustekstejä.</translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation>Tilaus %1 kirjattu.</translation>
    </message>
    <message>
        <source>Contact %1 recorded.</source>
        <translation>Yhteydenotto %1 kirjattu.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kenestä</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Request %1 logged.</source>
        <translation>Pyyntö %1 kirjattu.</translation>
    </message>
    <message>
        <source>Identity not confirmed: the contact given is not the e-mail or phone the register holds. Ask for proof: requests identity %1 requested.</source>
        <translation>Henkilöllisyyttä ei ole varmistettu: annettu yhteystieto ei ole rekisterissä oleva sähköposti tai puhelinnumero. Pyydä todiste: requests identity %1 requested.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Ei pyyntöjä.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Pyyntö %1</translation>
    </message>
    <message>
        <source>Request %1 sent and completed.</source>
        <translation>Pyynnön %1 vastaus lähetetty, pyyntö käsitelty.</translation>
    </message>
    <message>
        <source>E-mail draft for %1 saved as %2: open it in your mail program, send it, then record it with requests sent.</source>
        <translation>Sähköpostiluonnos vastaanottajalle %1 tallennettu tiedostoon %2: avaa se sähköpostiohjelmassasi, lähetä se ja kirjaa lähetys komennolla requests sent.</translation>
    </message>
    <message>
        <source>Request %1 extended.</source>
        <translation>Pyynnön %1 määräaikaa jatkettu.</translation>
    </message>
    <message>
        <source>Erase customer %1 (%2 orders kept anonymised for bookkeeping)? [y/N]</source>
        <translation>Poistetaanko asiakas %1 (%2 tilausta säilytetään anonymisoituina kirjanpitoa varten)? [k/E]</translation>
    </message>
    <message>
        <source>Request %1 prepared: once the answer has gone, record it with requests sent.</source>
        <translation>Pyynnön %1 vastaus on laadittu: kun se on lähetetty, kirjaa se komennolla requests sent.</translation>
    </message>
    <message>
        <source>Attached %1 to request %2.</source>
        <translation>%1 liitetty pyyntöön %2.</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>poistettu henkilön tietojen poistossa %1</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ei saa olla ennen --from-päivää.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Tallennettu %1 ja %2.</translation>
    </message>
    <message>
        <source>Request %1 completed.</source>
        <translation>Pyyntö %1 käsitelty.</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>Pyyntö %1 hylätty.</translation>
    </message>
    <message>
        <source>Request %1 withdrawn.</source>
        <translation>Pyyntö %1 peruttu.</translation>
    </message>
    <message>
        <source>Recipients to tell (Art 19; tick them with: requests recipients %1): %2</source>
        <translation>Vastaanottajat, joille kerrotaan (19 artikla; merkitse ne komennolla requests recipients %1): %2</translation>
    </message>
    <message>
        <source>Receipt of request %1 acknowledged.</source>
        <translation>Pyynnön %1 vastaanotto kuitattu.</translation>
    </message>
    <message>
        <source>Proof of identity asked for request %1.</source>
        <translation>Pyyntöön %1 pyydetty todistus henkilöllisyydestä.</translation>
    </message>
    <message>
        <source>Identity check of request %1 recorded.</source>
        <translation>Pyynnön %1 henkilöllisyyden todentaminen kirjattu.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Nobody is past their retention period.</source>
        <translation>Kenenkään säilytysaika ei ole päättynyt.</translation>
    </message>
    <message>
        <source>Demo register ready in %1: %2 customers.</source>
        <translation>Esittelyrekisteri valmis kansiossa %1: %2 asiakasta.</translation>
    </message>
    <message>
        <source>Business profile saved: %1</source>
        <translation>Yrityksen tiedot tallennettu: %1</translation>
    </message>
    <message>
        <source>No business profile yet: run &apos;tietosuoja init --name ... --business-id ...&apos;.</source>
        <translation>Yrityksen tietoja ei ole vielä: aja &apos;tietosuoja init --name ... --business-id ...&apos;.</translation>
    </message>
    <message>
        <source>Give the purpose as BASIS:TEXT with a basis of %1.</source>
        <translation>Anna käyttötarkoitus muodossa PERUSTE:TEKSTI, jossa peruste on jokin seuraavista: %1.</translation>
    </message>
    <message>
        <source>Which purpose is the interest for? Give each purpose on legitimate interests its own: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</source>
        <translation>Mihin käyttötarkoitukseen etu liittyy? Anna jokaiselle oikeutettuun etuun perustuvalle käyttötarkoitukselle oma etunsa: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</translation>
    </message>
    <message>
        <source>Register %1 added: %2</source>
        <translation>Rekisteri %1 lisätty: %2</translation>
    </message>
    <message>
        <source>Register %1 saved: %2</source>
        <translation>Rekisteri %1 tallennettu: %2</translation>
    </message>
    <message>
        <source>The register&apos;s texts are written in %1 already.</source>
        <translation>Rekisterin tekstit on jo kirjoitettu kielellä %1.</translation>
    </message>
    <message>
        <source>No such text to translate: %1. The texts: %2</source>
        <translation>Ei käännettävää tekstiä: %1. Tekstit: %2</translation>
    </message>
    <message>
        <source>Register %1 saved: %2 texts not translated into %3.</source>
        <translation>Rekisteri %1 tallennettu: %2 tekstiä kääntämättä kielelle %3.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>No registers yet: add one with &apos;tietosuoja register add --name ...&apos;.</source>
        <translation>Rekistereitä ei ole vielä: lisää rekisteri komennolla &apos;tietosuoja register add --name ...&apos;.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run on a terminal or set TIETOSUOJA_SIGN_PASSPHRASE.</source>
        <translation>Tarvitaan tunnuslause: aja komento päätteessä tai aseta TIETOSUOJA_SIGN_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Tunnuslause: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Uudelleen: </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>Tunnuslause ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>merkintää on muutettu kirjaamisen jälkeen</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>siihen tallennettua edellisen merkinnän tiivistettä on muutettu</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>jokin sitä edeltävä merkintä puuttuu (poistettu tai korvattu)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>merkintöjen järjestystä on muutettu</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3. The %4 entries before it are intact.</source>
        <translation>Tapahtumalokia on muutettu ohjelman ulkopuolella: ketju katkeaa merkinnän %1 (%2) kohdalla: %3. Sitä edeltävät merkinnät (%4) ovat eheitä.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Tapahtumaloki on eheä: tarkistettuja merkintöjä %1.</translation>
    </message>
    <message>
        <source>Head (note it down to check later): %1</source>
        <translation>Ketjun pää (kirjoita muistiin myöhempää tarkistusta varten): %1</translation>
    </message>
    <message>
        <source>The head given is not in the chain: entries were removed from the end or rewritten.</source>
        <translation>Annettua ketjun päätä ei löydy ketjusta: merkintöjä on poistettu lopusta tai kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>The head given is still in the chain.</source>
        <translation>Annettu ketjun pää löytyy yhä ketjusta.</translation>
    </message>
    <message>
        <source>--head: give COUNT:HASH as printed by &apos;audit verify&apos; (HASH: 64 hex digits).</source>
        <translation>--head: anna MÄÄRÄ:TIIVISTE siinä muodossa kuin &apos;audit verify&apos; sen tulostaa (TIIVISTE: 64 heksadesimaalimerkkiä).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 entries).</source>
        <translation>Tallennettu %1 (merkintöjä %2).</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>nro</translation>
    </message>
    <message>
        <source>when</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toiminto</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>kohde</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>kentät</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>tiiviste</translation>
    </message>
    <message>
        <source>No audit entries yet.</source>
        <translation>Tapahtumalokissa ei ole vielä merkintöjä.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Tallennettu %1 (%2).</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Allekirjoitus epäonnistui: %1</translation>
    </message>
    <message>
        <source>Give --allow-untranslated to print them so, or translate them first.</source>
        <translation>Anna --allow-untranslated, jos ne saa tulostaa näin, tai käännä ne ensin.</translation>
    </message>
    <message>
        <source>Note: %1 texts of the register have no translation into %2 and are printed as written in %3 (register translate).</source>
        <translation>Huom.: rekisterin %1 tekstiä on kääntämättä kielelle %2, joten ne näkyvät kielellä %3 (register translate).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>No version of the statement was in force on %1.</source>
        <translation>Selosteesta ei ollut voimassa yhtään versiota %1.</translation>
    </message>
    <message>
        <source>No statement of this register has been exported yet.</source>
        <translation>Tämän rekisterin selostetta ei ole vielä viety.</translation>
    </message>
    <message>
        <source>Signing identity created for %1, valid until %2.</source>
        <translation>Allekirjoitusvarmenne luotu: %1, voimassa %2 asti.</translation>
    </message>
    <message>
        <source>Signing identity imported: %1.</source>
        <translation>Allekirjoitusvarmenne tuotu: %1.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one with &apos;tietosuoja signing create&apos;.</source>
        <translation>Allekirjoitusvarmennetta ei ole vielä: luo se komennolla &apos;tietosuoja signing create&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>Valid signature by %1 (%2), signed %3; not changed after signing.</source>
        <translation>Kelvollinen allekirjoitus: %1 (%2), allekirjoitettu %3; asiakirjaa ei ole muutettu allekirjoituksen jälkeen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged (%2).</source>
        <translation>Rekisteritiedosto %1 on vioittunut (%2).</translation>
    </message>
    <message>
        <source>Restore the latest good backup with: tietosuoja backup restore %1</source>
        <translation>Palauta viimeisin ehjä varmuuskopio komennolla: tietosuoja backup restore %1</translation>
    </message>
    <message>
        <source>There is no intact backup to restore.</source>
        <translation>Ehjää varmuuskopiota ei ole palautettavaksi.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1</source>
        <translation>Sarakkeiden vastaavuus ei ole kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>Sarakkeiden vastaavuuden on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Fix those bytes in the file (save it again as UTF-8), or, if it really is Windows-1252, read it so with --encoding cp1252 (check the result with --dry-run first).</source>
        <translation>Korjaa nämä tavut tiedostossa (tallenna se uudelleen UTF-8-muodossa) tai, jos tiedosto todella on Windows-1252-merkistöä, lue se sellaisena valitsimella --encoding cp1252 (tarkista tulos ensin valitsimella --dry-run).</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>Tiedostossa ei ole saraketta %1.</translation>
    </message>
    <message>
        <source>Unknown field in the mapping: %1</source>
        <translation>Tuntematon kenttä sarakkeiden vastaavuudessa: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, separated by %4).</source>
        <translation>%1: %2 riviä (%3, erottimena %4).</translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Käytetyt sarakkeet: %1</translation>
    </message>
    <message>
        <source>New: %1, duplicates: %2, refused: %3.</source>
        <translation>Uusia: %1, kaksoiskappaleita: %2, hylättyjä: %3.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  rivi %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … ja %1 muuta</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Koeajo: mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Imported %1 new customers, merged %2 rows, skipped %3; %4 orders.</source>
        <translation>Tuotiin %1 uutta asiakasta, yhdistettiin %2 riviä, ohitettiin %3; %4 tilausta.</translation>
    </message>
    <message>
        <source>Refused rows saved in %1</source>
        <translation>Hylätyt rivit tallennettu tiedostoon %1</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 henkilöä viety tiedostoon %2.</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Jätetty pois: %1 (%2)</translation>
    </message>
    <message>
        <source>No register purpose or consent has this purpose. Purposes: %1</source>
        <translation>Tällä käyttötarkoituksella ei ole rekisterin käyttötarkoitusta eikä suostumuksia. Käyttötarkoitukset: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>No marketing purposes yet.</source>
        <translation>Markkinoinnin käyttötarkoituksia ei vielä ole.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Varmuuskopioita ei ole vielä.</translation>
    </message>
    <message>
        <source>Restoring needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Palautus on vahvistettava: aja komento päätteessä tai lisää --yes.</translation>
    </message>
    <message>
        <source>The backup&apos;s own (earlier) passphrase: </source>
        <translation>Varmuuskopion oma (aiempi) tunnuslause: </translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? The register as it is now is kept as a backup. [y/N]</source>
        <translation>Korvataanko rekisteri varmuuskopiolla %1? Rekisteri nykyisellään säilytetään varmuuskopiona. [k/E]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Palautettu %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 varmuuskopion ottamisen jälkeen poistettua henkilöä poistettiin uudelleen.</translation>
    </message>
    <message>
        <source>The register as it was is kept in %1</source>
        <translation>Rekisteri entisellään on tallessa tiedostossa %1</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Säilytä vähintään yksi varmuuskopio.</translation>
    </message>
    <message>
        <source>Delete all backups but the newest %1? They are overwritten and cannot be recovered. [y/N]</source>
        <translation>Poistetaanko kaikki varmuuskopiot paitsi %1 uusinta? Ne ylikirjoitetaan, eikä niitä voi palauttaa. [k/E]</translation>
    </message>
    <message>
        <source>Deleting backups needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Varmuuskopioiden poisto on vahvistettava: aja komento päätteessä tai lisää --yes.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>Deleted %1 older backups; the newest %2 are kept.</source>
        <translation>Poistettiin %1 vanhempaa varmuuskopiota; %2 uusinta säilytetään.</translation>
    </message>
    <message>
        <source>The register %1 is intact.</source>
        <translation>Rekisteri %1 on ehjä.</translation>
    </message>
    <message>
        <source>The counts shown for short searches did not match the customers&apos; details; they were rebuilt.</source>
        <translation>Lyhyiden hakujen näyttämät määrät eivät vastanneet asiakkaiden tietoja; ne laskettiin uudelleen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Asiakirjoja ei ole vielä.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
    <message>
        <source>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</source>
        <translation>Kansion %1 rekisteri on auki toisessa ohjelmassa (Tietosuoja Desktop?). Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Restore the latest good backup with &apos;tietosuoja backup restore %2&apos;.</source>
        <translation>Rekisteritiedosto %1 on vioittunut. Palauta viimeisin ehjä varmuuskopio komennolla &apos;tietosuoja backup restore %2&apos;.</translation>
    </message>
    <message>
        <source>New passphrase for the register: </source>
        <translation>Rekisterin uusi tunnuslause: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Sama tunnuslause uudelleen: </translation>
    </message>
    <message>
        <source>The register is now encrypted (%1 rows in %2 tables).</source>
        <translation>Rekisteri on nyt salattu (%1 riviä %2 taulussa).</translation>
    </message>
    <message>
        <source>The register is no longer encrypted (%1 rows in %2 tables).</source>
        <translation>Rekisteri ei ole enää salattu (%1 riviä %2 taulussa).</translation>
    </message>
    <message>
        <source>%1 older backups are not encrypted and still reveal what they hold; delete them with &apos;tietosuoja encrypt --delete-plain-backups&apos; (or by hand).</source>
        <translation>%1 vanhempaa varmuuskopiota ei ole salattu, ja niiden sisällön voi yhä lukea; poista ne komennolla &apos;tietosuoja encrypt --delete-plain-backups&apos; (tai käsin).</translation>
    </message>
    <message>
        <source>%1 unencrypted backups were deleted.</source>
        <translation>%1 salaamatonta varmuuskopiota poistettiin.</translation>
    </message>
    <message>
        <source>Removing the encryption needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Salauksen poisto pitää vahvistaa: aja komento päätteessä tai lisää --yes.</translation>
    </message>
    <message>
        <source>Remove the encryption? Anyone who gets the file can then read it. [y/N]</source>
        <translation>Poistetaanko salaus? Sen jälkeen kuka tahansa tiedoston saanut voi lukea sen. [k/E]</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The register is not encrypted; encrypt it with &apos;tietosuoja encrypt&apos;.</source>
        <translation>Rekisteriä ei ole salattu; salaa se komennolla &apos;tietosuoja encrypt&apos;.</translation>
    </message>
    <message>
        <source>The register has a new passphrase (%1 rows in %2 tables). Backups made earlier still use the old one.</source>
        <translation>Rekisterillä on uusi tunnuslause (%1 riviä %2 taulussa). Aiemmin tehdyt varmuuskopiot aukeavat yhä vanhalla.</translation>
    </message>
    <message>
        <source>The register is encrypted: give its passphrase in the environment variable %1 or run the command on a terminal.</source>
        <translation>Rekisteri on salattu: anna sen tunnuslause ympäristömuuttujassa %1 tai aja komento päätteessä.</translation>
    </message>
    <message>
        <source>The passphrase does not open the register %1.</source>
        <translation>Tunnuslause ei avaa rekisteriä %1.</translation>
    </message>
    <message>
        <source>The register&apos;s key was to be kept in the operating system&apos;s key store, but the key store did not give it (there is none on this computer, it is locked, or the key is not there): the passphrase is needed.</source>
        <translation>Rekisterin avain oli määrä pitää käyttöjärjestelmän avainsäilössä, mutta avainsäilö ei antanut sitä (tällä koneella ei ole avainsäilöä, se on lukittu tai avainta ei ole siellä): tunnuslause tarvitaan.</translation>
    </message>
    <message>
        <source>Passphrase of the register: </source>
        <translation>Rekisterin tunnuslause: </translation>
    </message>
    <message>
        <source>Restore the newest backup, %1, with: tietosuoja backup restore %2</source>
        <translation>Palauta uusin varmuuskopio %1 komennolla: tietosuoja backup restore %2</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and run &apos;tietosuoja init&apos;.</source>
        <translation>Palautettavaa varmuuskopiota ei ole. Jos haluat aloittaa sen sijaan uuden, tyhjän rekisterin, siirrä tiedostot pois kansiosta %1 (säilytä ne) ja suorita &apos;tietosuoja init&apos;.</translation>
    </message>
    <message>
        <source>The register has no purpose %1: its purposes are 1-%2.</source>
        <translation>Rekisterissä ei ole käyttötarkoitusta %1: sen käyttötarkoitukset ovat 1–%2.</translation>
    </message>
    <message>
        <source>Purpose %1 has no assessment yet: record one with %2.</source>
        <translation>Käyttötarkoitukselle %1 ei ole vielä arviointia: kirjaa se komennolla %2.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 removed.</source>
        <translation>Käyttötarkoituksen %1 arviointi poistettu.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 saved (%2).</source>
        <translation>Käyttötarkoituksen %1 arviointi tallennettu (%2).</translation>
    </message>
    <message>
        <source>Processor %1 added: %2.</source>
        <translation>Käsittelijä %1 lisätty: %2.</translation>
    </message>
    <message>
        <source>Processor %1 saved: %2.</source>
        <translation>Käsittelijä %1 tallennettu: %2.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>No processors.</source>
        <translation>Ei käsittelijöitä.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Contract of processor %1 kept: %2 (SHA-256 %3).</source>
        <translation>Käsittelijän %1 sopimus tallennettu: %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>Processor %1 serves register %2.</source>
        <translation>Käsittelijä %1 palvelee rekisteriä %2.</translation>
    </message>
    <message>
        <source>Processor %1 no longer serves register %2.</source>
        <translation>Käsittelijä %1 ei enää palvele rekisteriä %2.</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postiosoitteet</translation>
    </message>
    <message>
        <source>Clearing the suppression list needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Estolistan tyhjentäminen on vahvistettava: aja komento päätteessä tai lisää --yes.</translation>
    </message>
    <message>
        <source>Give --email, --phone or --address.</source>
        <translation>Anna --email, --phone tai --address.</translation>
    </message>
    <message>
        <source>Added to the suppression list.</source>
        <translation>Lisätty estolistalle.</translation>
    </message>
    <message>
        <source>Already on the suppression list.</source>
        <translation>On jo estolistalla.</translation>
    </message>
    <message>
        <source>%1 added to the suppression list, %2 were on it already.</source>
        <translation>Estolistalle lisättiin %1, valmiiksi listalla oli %2.</translation>
    </message>
    <message>
        <source>%1 rows had no valid e-mail address, phone number or address (lines %2).</source>
        <translation>%1 rivillä ei ollut kelvollista sähköpostiosoitetta, puhelinnumeroa eikä osoitetta (rivit %2).</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Listalla</translation>
    </message>
    <message>
        <source>Remove everything from the suppression list?</source>
        <translation>Poistetaanko estolistalta kaikki?</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list.</source>
        <translation>Estolistalta poistettiin %1.</translation>
    </message>
    <message>
        <source>Give only one of --told, --not-disclosed and --reopen.</source>
        <translation>Anna vain yksi valinnoista --told, --not-disclosed ja --reopen.</translation>
    </message>
    <message>
        <source>--via and --on go with --told.</source>
        <translation>--via ja --on annetaan valinnan --told kanssa.</translation>
    </message>
    <message>
        <source>--told needs --via.</source>
        <translation>--told tarvitsee myös valinnan --via.</translation>
    </message>
    <message>
        <source>Request %1 has no recipients to tell.</source>
        <translation>Pyynnöllä %1 ei ole vastaanottajia, joille kertoa.</translation>
    </message>
    <message>
        <source>Request %1: %2 recipient(s), %3 not yet told.</source>
        <translation>Pyyntö %1: vastaanottajia %2, kertomatta %3.</translation>
    </message>
    <message>
        <source>No checklist question %1: the questions are %2.</source>
        <translation>Tarkistuslistalla ei ole kysymystä %1: kysymykset ovat %2.</translation>
    </message>
    <message>
        <source>Register %1 has not been screened for a DPIA yet: screen it with %2.</source>
        <translation>Rekisterin %1 vaikutustenarvioinnin tarvetta ei ole vielä arvioitu: arvioi se komennolla %2.</translation>
    </message>
    <message>
        <source>Give a risk as LIKELIHOOD/SEVERITY:DESCRIPTION, each level one of %1: %2</source>
        <translation>Anna riski muodossa TODENNÄKÖISYYS/VAKAVUUS:KUVAUS, tasot englanniksi (%1): %2</translation>
    </message>
    <message>
        <source>DPIA screening of register %1 removed.</source>
        <translation>Rekisterin %1 vaikutustenarvioinnin tarvearvio poistettu.</translation>
    </message>
    <message>
        <source>Give either --release or --reason and --until.</source>
        <translation>Anna joko --release tai --reason ja --until.</translation>
    </message>
    <message>
        <source>The legal hold on customer %1 was released.</source>
        <translation>Asiakkaan %1 poistoesto purettiin.</translation>
    </message>
    <message>
        <source>Customer %1 was not on legal hold.</source>
        <translation>Asiakkaalla %1 ei ollut poistoestoa.</translation>
    </message>
    <message>
        <source>A legal hold needs --reason and --until (or --release to end one).</source>
        <translation>Poistoesto tarvitsee valitsimet --reason ja --until (tai --release eston purkamiseen).</translation>
    </message>
    <message>
        <source>Customer %1 is on legal hold until %2: bulk retention erasure skips them.</source>
        <translation>Asiakkaalla %1 on poistoesto %2 asti: säilytysajan päättyneiden poistoajo ohittaa hänet.</translation>
    </message>
    <message>
        <source>Past retention on %1: %2 people to erase; %3 orders are kept anonymised for bookkeeping, %4 orders and %5 archived documents are deleted.</source>
        <translation>Säilytysaika päättynyt %1: poistettavia henkilöitä %2; %3 tilausta säilytetään kirjanpitoa varten ilman henkilöä, %4 tilausta ja %5 arkistoitua asiakirjaa poistetaan.</translation>
    </message>
    <message>
        <source>  %1: %2 years from %3, %4 people</source>
        <translation>  %1: %2 vuotta (%3), %4 henkilöä</translation>
    </message>
    <message>
        <source>Skipped: %1 people.</source>
        <translation>Ohitetaan: %1 henkilöä.</translation>
    </message>
    <message>
        <source>%1 people erased; %2 orders kept anonymised, %3 orders and %4 documents deleted.</source>
        <translation>Poistettu %1 henkilöä; %2 tilausta säilytetty ilman henkilöä, %3 tilausta ja %4 asiakirjaa poistettu.</translation>
    </message>
    <message>
        <source>Erasing everyone past retention cannot be undone: see the plan with --dry-run, then run it with --yes.</source>
        <translation>Säilytysajan ylittäneiden poistoa ei voi perua: katso suunnitelma valitsimella --dry-run ja aja poisto valitsimella --yes.</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first (tietosuoja init): the run&apos;s report names the business. Nothing was erased.</source>
        <translation>Täytä ensin yrityksen tiedot (tietosuoja init): poistoajon raportissa on yrityksen nimi. Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>The report was archived as document %1.</source>
        <translation>Raportti arkistoitiin asiakirjaksi %1.</translation>
    </message>
    <message>
        <source>Give a risk as RISK:MEASURES[:RESIDUAL]; the risks are %1, the measures %2: %3</source>
        <translation>Anna riski muodossa RISKI:TOIMET[:JÄÄNNÖSRISKI]; riskit ovat %1, toimet %2: %3</translation>
    </message>
    <message>
        <source>Give other measures as RISK:TEXT; the risks are %1: %2</source>
        <translation>Anna muut toimet muodossa RISKI:TEKSTI; riskit ovat %1: %2</translation>
    </message>
    <message>
        <source>Give an answer as QUESTION:REASON; the questions are %1: %2</source>
        <translation>Anna vastaus muodossa KYSYMYS:PERUSTELU; kysymykset ovat %1: %2</translation>
    </message>
    <message>
        <source>No security review is recorded yet: make one with &apos;security review&apos;.</source>
        <translation>Tietoturvan vuosiarviointia ei ole vielä kirjattu: tee se komennolla &apos;security review&apos;.</translation>
    </message>
    <message>
        <source>The policy has not been exported yet.</source>
        <translation>Tietosuojapolitiikkaa ei ole vielä laadittu.</translation>
    </message>
    <message>
        <source>Policy section saved: %1.</source>
        <translation>Politiikan osio tallennettu: %1.</translation>
    </message>
    <message>
        <source>Saved the supervisor&apos;s folder to %1: %2 files, %3 items open.</source>
        <translation>Valvontakansio tallennettu: %1 (%2 tiedostoa, %3 kohtaa avoinna).</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 is Midsummer Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
        <translation>%1 on juhannusaatto: se ei ole virallinen pyhäpäivä, joten määräaika ei siirry, mutta toimistot ja posti voivat olla kiinni. Vastaa päivää aiemmin.</translation>
    </message>
    <message>
        <source>%1 is Christmas Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
        <translation>%1 on jouluaatto: se ei ole virallinen pyhäpäivä, joten määräaika ei siirry, mutta toimistot ja posti voivat olla kiinni. Vastaa päivää aiemmin.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, the deadline.</source>
        <translation>Saapunut %1: kuukausi päättyy %2, joka on määräpäivä.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: kuukausi päättyy lauantaina %2, joten määräaika siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: kuukausi päättyy sunnuntaina %2, joten määräaika siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
    <message>
        <source>Received %1: one month ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: kuukausi päättyy pyhäpäivänä %2, joten määräaika siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, the deadline.</source>
        <translation>Saapunut %1: pidennetty kolmen kuukauden määräaika päättyy %2, joka on määräpäivä.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: pidennetty kolmen kuukauden määräaika päättyy lauantaina %2, joten se siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: pidennetty kolmen kuukauden määräaika päättyy sunnuntaina %2, joten se siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
    <message>
        <source>Received %1: the extended period of three months ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
        <translation>Saapunut %1: pidennetty kolmen kuukauden määräaika päättyy pyhäpäivänä %2, joten se siirtyy seuraavaan arkipäivään %3.</translation>
    </message>
</context>
<context>
    <name>CloudFolder</name>
    <message>
        <source>The register&apos;s folder %1 is inside a folder that %2 synchronises (%3). A sync service can copy the register while it is being written and so corrupt it, or make conflicting copies when two computers use it. Keep the register in a folder that is not synchronised; to use it on another computer, make a backup and restore it there.</source>
        <translation>Rekisterin kansio %1 on kansiossa, jonka %2 synkronoi (%3). Synkronointipalvelu voi kopioida rekisterin kesken tallennuksen ja vioittaa sen, tai tehdä ristiriitaisia kopioita, jos rekisteriä käytetään kahdella koneella. Pidä rekisteri kansiossa, jota ei synkronoida. Jos haluat käyttää sitä toisella koneella, ota varmuuskopio ja palauta se siellä.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Jatka silti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Tähän kirjoittamaasi ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Kirjaa suostumuksen peruutus</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>kaikki kanavat</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Tapa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Uusi versio…</translation>
    </message>
    <message>
        <source>Add a new version of a consent text</source>
        <translation>Lisää suostumustekstin uusi versio</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>Suostumustekstin &amp;versio:</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Suostumustekstin versio</translation>
    </message>
    <message>
        <source>The exact words the person agreed to</source>
        <translation>Sanatarkka teksti, johon henkilö suostui</translation>
    </message>
    <message>
        <source>What the person said</source>
        <translation>Mitä henkilö sanoi</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Sanamuoto:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Valitse t&amp;iedosto…</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Valitse todistetiedosto</translation>
    </message>
    <message>
        <source>E&amp;vidence file:</source>
        <translation>T&amp;odistetiedosto:</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Todistetiedosto</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>Kirjann&amp;ut:</translation>
    </message>
    <message>
        <source>not one of the registers&apos; texts</source>
        <translation>ei rekisterin suostumusteksteistä</translation>
    </message>
    <message>
        <source>%1, version %2 (from %3)</source>
        <translation>%1, versio %2 (%3 alkaen)</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Todiste</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <source>New version of a consent text</source>
        <translation>Suostumustekstin uusi versio</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Rekisteri:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Voimassa alkaen:</translation>
    </message>
    <message>
        <source>&amp;Finnish:</source>
        <translation>&amp;Suomeksi:</translation>
    </message>
    <message>
        <source>&amp;Swedish:</source>
        <translation>R&amp;uotsiksi:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Englanniksi:</translation>
    </message>
    <message>
        <source>Add a register first: consent texts belong to one.</source>
        <translation>Lisää ensin rekisteri: suostumustekstit kuuluvat rekisteriin.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Record a consent or its withdrawal</source>
        <translation>Kirjaa suostumus tai sen peruutus</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>&amp;Suostumus:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anava:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Todiste:</translation>
    </message>
    <message>
        <source>e.g. signed form, e-mail of 3.2.2026</source>
        <translation>esim. allekirjoitettu lomake, sähköposti 3.2.2026</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Suostumuksia ei ole kirjattu.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Record a contact or a complaint</source>
        <translation>Kirjaa yhteydenotto tai reklamaatio</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anava:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>No contacts or complaints recorded.</source>
        <translation>Yhteydenottoja tai reklamaatioita ei ole kirjattu.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Ohjelman sisällä tapahtui virhe.</translation>
    </message>
    <message>
        <source>What you were doing may not have been completed; check it before going on. You can keep working. The details were written to this file, which you can send to support:
%1</source>
        <translation>Viimeisin toimenpide ei ehkä valmistunut; tarkista se ennen kuin jatkat. Voit jatkaa työskentelyä. Virheen tiedot kirjoitettiin tähän tiedostoon, jonka voit lähettää tukeen:
%1</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <translation>Luo allekirjoitusvarmenne</translation>
    </message>
    <message>
        <source>The app makes a signing key and a certificate that names your business. The key is kept in the data folder, locked with a passphrase you choose.</source>
        <translation>Sovellus luo allekirjoitusavaimen ja varmenteen, jossa on yrityksesi nimi. Avain säilytetään tietokansiossa valitsemallasi tunnuslauseella lukittuna.</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Yritys:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Toista tunn&amp;uslause:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: you would have to create a new identity.</source>
        <translation>Käytä vähintään %1 merkkiä; muutama toisiinsa liittymätön sana on helppo muistaa ja vaikea arvata. Unohtunutta tunnuslausetta ei voi palauttaa: sinun pitäisi luoda uusi varmenne.</translation>
    </message>
    <message>
        <source>This replaces your current signing identity (valid until %1). Documents already signed with it stay valid.</source>
        <translation>Tämä korvaa nykyisen allekirjoitusvarmenteesi (voimassa %1 asti). Sillä jo allekirjoitetut asiakirjat pysyvät kelvollisina.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Vahvuus: heikko</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Vahvuus: kohtalainen</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Vahvuus: vahva</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Contacts and complaints</source>
        <translation>Yhteydenotot ja reklamaatiot</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Retentio&amp;n hold…</source>
        <translation>&amp;Jäädytä poisto…</translation>
    </message>
    <message>
        <source>Keep the person out of bulk retention erasure, e.g. during a dispute</source>
        <translation>Jätä henkilö pois säilytysajan päättyneiden poistoajosta, esimerkiksi riidan ajaksi</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Erase the person and what is tied to them (Art 17)</source>
        <translation>Poista henkilö ja häneen liittyvät tiedot (17 art.)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Tallenna tiedot (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>Direct marketing prohibited since %1 (Art 21(2)).</source>
        <translation>Suoramarkkinointi kielletty %1 alkaen (21 art. 2).</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art 18): do not use or export.</source>
        <translation>Käsittely rajoitettu %1 alkaen (18 art.): tietoja ei saa käyttää eikä viedä.</translation>
    </message>
    <message>
        <source>On legal hold until %1: bulk retention erasure skips the person.</source>
        <translation>Poistoesto %1 asti: säilytysajan päättyneiden poistoajo ohittaa henkilön.</translation>
    </message>
    <message>
        <source>Lift &amp;restriction</source>
        <translation>Poista &amp;rajoitus</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Rajoita käsittelyä</translation>
    </message>
    <message>
        <source>Keep the data but exclude the person from all use and exports (Art 18)</source>
        <translation>Säilytä tiedot, mutta jätä henkilö pois kaikesta käytöstä ja viennistä (18 art.)</translation>
    </message>
    <message>
        <source>Lift mar&amp;keting prohibition…</source>
        <translation>Poista &amp;suoramarkkinointikielto…</translation>
    </message>
    <message>
        <source>Prohibit mar&amp;keting</source>
        <translation>Kiellä su&amp;oramarkkinointi</translation>
    </message>
    <message>
        <source>The person objects to direct marketing (Art 21(2)): for good</source>
        <translation>Henkilö kieltää suoramarkkinoinnin (21 art. 2): pysyvästi</translation>
    </message>
    <message>
        <source>Check the marked fields; nothing was saved yet.</source>
        <translation>Tarkista merkityt kentät; mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Lift the marketing prohibition?</source>
        <translation>Poistetaanko suoramarkkinointikielto?</translation>
    </message>
    <message>
        <source>A direct-marketing objection is absolute. Lift it only if it was recorded by mistake or the person has withdrawn it themselves.</source>
        <translation>Suoramarkkinointikielto on ehdoton. Poista se vain, jos se on kirjattu virheellisesti tai henkilö on itse perunut sen.</translation>
    </message>
    <message>
        <source>Lift the prohibition</source>
        <translation>Poista kielto</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>The changes to the details have not been saved.</source>
        <translation>Tietoihin tehtyjä muutoksia ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisaatio</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>Syntym&amp;äaika</translation>
    </message>
    <message>
        <source>Personal &amp;identity code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Pos&amp;titoimipaikka</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Sähk&amp;öposti</translation>
    </message>
    <message>
        <source>&amp;Customer since</source>
        <translation>Asiakkuus &amp;alkanut</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 31.1.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 31.1.2026.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Asio&amp;intikieli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Lisätie&amp;dot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
</context>
<context>
    <name>CustomerNames</name>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Laskutettu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamaatio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Käsittely rajoitettu</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Rajoitus poistettu</translation>
    </message>
    <message>
        <source>Direct marketing prohibited</source>
        <translation>Suoramarkkinointi kielletty</translation>
    </message>
    <message>
        <source>Marketing prohibition lifted</source>
        <translation>Suoramarkkinointikielto poistettu</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Put on legal hold</source>
        <translation>Poistoesto asetettu</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Poistoesto purettu</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>city</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>asiakkuus alkanut</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>rekisterit</translation>
    </message>
    <message>
        <source>marketing prohibition</source>
        <translation>suoramarkkinointikielto</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>käsittelyn rajoitus</translation>
    </message>
    <message>
        <source>objection (Art 21)</source>
        <translation>vastustus (21 art.)</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>suostumukset</translation>
    </message>
    <message>
        <source>customer details</source>
        <translation>asiakastiedot</translation>
    </message>
    <message>
        <source>contacts and complaints</source>
        <translation>yhteydenotot ja reklamaatiot</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>tilaukset</translation>
    </message>
    <message>
        <source>register memberships</source>
        <translation>rekisterijäsenyydet</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>asiakirjat</translation>
    </message>
    <message>
        <source>personal details in requests</source>
        <translation>henkilötiedot pyynnöissä</translation>
    </message>
    <message>
        <source>links to data breaches</source>
        <translation>merkinnät tietoturvaloukkauksista</translation>
    </message>
    <message>
        <source>orders kept anonymised</source>
        <translation>anonymisoituina säilytettävät tilaukset</translation>
    </message>
    <message>
        <source>business profile</source>
        <translation>yrityksen tiedot</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyynnöt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>proof of identity requested</source>
        <translation>henkilöllisyyden todistusta pyydetty</translation>
    </message>
    <message>
        <source>proof of identity received</source>
        <translation>henkilöllisyyden todistus saatu</translation>
    </message>
    <message>
        <source>extended on</source>
        <translation>jatkettu</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>jatkamisen syy</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>valmistunut</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>lähetystapa</translation>
    </message>
    <message>
        <source>sending reference</source>
        <translation>lähetyksen tunniste</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>lopputulos</translation>
    </message>
    <message>
        <source>requester&apos;s name</source>
        <translation>pyytäjän nimi</translation>
    </message>
    <message>
        <source>person erased</source>
        <translation>henkilö poistettu</translation>
    </message>
    <message>
        <source>requester&apos;s contact details</source>
        <translation>pyytäjän yhteystiedot</translation>
    </message>
    <message>
        <source>rectified details</source>
        <translation>oikaistut tiedot</translation>
    </message>
    <message>
        <source>original</source>
        <translation>alkuperäinen asiakirja</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>havaittu</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>kirjattu</translation>
    </message>
    <message>
        <source>nature of the breach</source>
        <translation>loukkauksen luonne</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>tietoryhmät</translation>
    </message>
    <message>
        <source>people affected</source>
        <translation>henkilöitä</translation>
    </message>
    <message>
        <source>records affected</source>
        <translation>tietueita</translation>
    </message>
    <message>
        <source>likely consequences</source>
        <translation>todennäköiset seuraukset</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>toteutetut toimenpiteet</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riski</translation>
    </message>
    <message>
        <source>reasoning for the risk</source>
        <translation>riskin perustelut</translation>
    </message>
    <message>
        <source>notified to the authority</source>
        <translation>ilmoitettu viranomaiselle</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>diaarinumero</translation>
    </message>
    <message>
        <source>reasons for the delay</source>
        <translation>viivästyksen syyt</translation>
    </message>
    <message>
        <source>notified in phases</source>
        <translation>ilmoitettu vaiheittain</translation>
    </message>
    <message>
        <source>people informed</source>
        <translation>henkilöille kerrottu</translation>
    </message>
    <message>
        <source>how people were informed</source>
        <translation>miten henkilöille kerrottiin</translation>
    </message>
    <message>
        <source>number of people informed</source>
        <translation>kerrottujen henkilöiden määrä</translation>
    </message>
    <message>
        <source>exception to informing</source>
        <translation>poikkeus kertomisesta</translation>
    </message>
    <message>
        <source>reason for the exception</source>
        <translation>poikkeuksen peruste</translation>
    </message>
    <message>
        <source>people linked</source>
        <translation>linkitetyt henkilöt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>salaus</translation>
    </message>
    <message>
        <source>encryption removed</source>
        <translation>salaus poistettu</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>tunnuslause</translation>
    </message>
    <message>
        <source>unencrypted backups</source>
        <translation>salaamattomat varmuuskopiot</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>purposes and legal bases</source>
        <translation>käyttötarkoitukset ja oikeusperusteet</translation>
    </message>
    <message>
        <source>whose data is kept</source>
        <translation>keiden tietoja rekisterissä on</translation>
    </message>
    <message>
        <source>sources of the data</source>
        <translation>tietolähteet</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>vastaanottajat</translation>
    </message>
    <message>
        <source>processors</source>
        <translation>käsittelijät</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>siirrot EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>tietojen antamisen pakollisuus</translation>
    </message>
    <message>
        <source>whether decisions are automated</source>
        <translation>automaattisten päätösten käyttö</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilointi</translation>
    </message>
    <message>
        <source>safeguards for the transfers</source>
        <translation>siirtojen suojatoimet</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>säilytyssääntö</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>säilytysaika</translation>
    </message>
    <message>
        <source>statutory or contractual need</source>
        <translation>lakisääteisyys tai sopimusperusteisuus</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automaattiset päätökset</translation>
    </message>
    <message>
        <source>security of manual material</source>
        <translation>manuaalisen aineiston suojaus</translation>
    </message>
    <message>
        <source>security of electronic data</source>
        <translation>sähköisten tietojen suojaus</translation>
    </message>
    <message>
        <source>organisational security</source>
        <translation>organisatorinen suojaus</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>evästeet</translation>
    </message>
    <message>
        <source>language of the texts</source>
        <translation>tekstien kieli</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>käännökset</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ei suoramarkkinointia</translation>
    </message>
    <message>
        <source>Direct marketing prohibited on %1 (GDPR Art 21(2)).</source>
        <translation>Suoramarkkinointi kielletty %1 (tietosuoja-asetuksen 21 art. 2).</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Rajoitettu</translation>
    </message>
    <message>
        <source>Processing restricted on %1 (GDPR Art 18): do not use or export.</source>
        <translation>Käsittely rajoitettu %1 (tietosuoja-asetuksen 18 art.): tietoja ei saa käyttää eikä viedä.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Lisää asiakas (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 asiakas</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 asiakasta</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>Haku ja suodattimet eivät löydä yhtään asiakasta.</translation>
    </message>
    <message>
        <source>No customers yet. Add the first one with New customer (Ctrl+N).</source>
        <translation>Asiakkaita ei ole vielä. Lisää ensimmäinen valitsemalla Uusi asiakas (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating a demo register with %1 customers…</source>
        <translation>Luodaan esittelyrekisteriä, jossa on %1 asiakasta…</translation>
    </message>
    <message>
        <source>The demo register could not be created: %1</source>
        <translation>Esittelyrekisteriä ei voitu luoda: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Avaa PDF</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Set up the business profile before making documents.</source>
        <translation>Täytä yrityksen tiedot ennen asiakirjojen laatimista.</translation>
    </message>
    <message>
        <source>The document&apos;s font cannot print %1 character(s); they are printed as �:
%2</source>
        <translation>Asiakirjan fontilla ei voi tulostaa %1 merkkiä; ne tulostuvat merkkinä �:
%2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Cannot sign</source>
        <translation>Allekirjoitus ei onnistu</translation>
    </message>
    <message>
        <source>Making the privacy statement…</source>
        <translation>Laaditaan tietosuojaselostetta…</translation>
    </message>
    <message>
        <source>Making the record of processing activities…</source>
        <translation>Laaditaan selostetta käsittelytoimista…</translation>
    </message>
    <message>
        <source>Making the data protection policy…</source>
        <translation>Laaditaan tietosuojapolitiikkaa…</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Tunnuslause ei ole oikein. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one to sign documents digitally.</source>
        <translation>Allekirjoitusvarmennetta ei ole vielä: luo se, jotta voit allekirjoittaa asiakirjoja sähköisesti.</translation>
    </message>
    <message>
        <source>Documents are signed as %1 (certificate valid until %2).</source>
        <translation>Asiakirjat allekirjoitetaan nimellä %1 (varmenne voimassa %2 asti).</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation>Allekirjoitus&amp;varmenne…</translation>
    </message>
    <message>
        <source>Chec&amp;k a signature…</source>
        <translation>Tar&amp;kista allekirjoitus…</translation>
    </message>
    <message>
        <source>Supervisor&apos;s fol&amp;der…</source>
        <translation>Valvontakansio…</translation>
    </message>
</context>
<context>
    <name>Dpia</name>
    <message>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>The residual risk is acceptable: the processing may proceed</source>
        <translation>Jäännösriski on hyväksyttävä: käsittely voi jatkua</translation>
    </message>
    <message>
        <source>A high risk remains: consult the Data Protection Ombudsman first (Art 36)</source>
        <translation>Korkea riski jää: kuule ensin tietosuojavaltuutettua (36 art.)</translation>
    </message>
    <message>
        <source>The processing does not go ahead as planned</source>
        <translation>Käsittelyä ei toteuteta suunnitellulla tavalla</translation>
    </message>
</context>
<context>
    <name>DpiaChecklist</name>
    <message>
        <source>GDPR Art 35(3): always needs a DPIA</source>
        <translation>Tietosuoja-asetuksen 35 art. 3 kohta: vaikutustenarviointi tarvitaan aina</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of processing that needs a DPIA</source>
        <translation>Tietosuojavaltuutetun luettelo käsittelystä, joka edellyttää vaikutustenarviointia</translation>
    </message>
    <message>
        <source>EDPB criteria (WP248): two or more usually mean a DPIA is needed</source>
        <translation>Tietosuojaneuvoston kriteerit (WP248): kaksi tai useampi tarkoittaa yleensä, että arviointi tarvitaan</translation>
    </message>
    <message>
        <source>Systematic and extensive evaluation of people by automated means, including profiling, on which decisions with legal or similarly significant effects are based</source>
        <translation>Henkilöiden järjestelmällinen ja laaja arviointi automaattisesti, profilointi mukaan lukien, ja sen perusteella tehdään päätöksiä, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia</translation>
    </message>
    <message>
        <source>Special categories of data (e.g. health) or data on criminal convictions processed on a large scale</source>
        <translation>Erityisiä henkilötietoryhmiä (esim. terveystietoja) tai rikostuomioita koskevia tietoja käsitellään laajamittaisesti</translation>
    </message>
    <message>
        <source>Systematic monitoring of a publicly accessible area on a large scale (e.g. camera surveillance)</source>
        <translation>Yleisölle avoimen alueen järjestelmällinen ja laajamittainen valvonta (esim. kameravalvonta)</translation>
    </message>
    <message>
        <source>Biometric data (e.g. fingerprints, face) used to identify a person, and at least one EDPB criterion applies</source>
        <translation>Biometrisiä tietoja (esim. sormenjälki, kasvot) käytetään henkilön tunnistamiseen, ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy</translation>
    </message>
    <message>
        <source>Genetic data, and at least one EDPB criterion applies</source>
        <translation>Geneettisiä tietoja, ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy</translation>
    </message>
    <message>
        <source>Location data (e.g. GPS tracking of vehicles or phones), and at least one EDPB criterion applies</source>
        <translation>Sijaintitietoja (esim. ajoneuvojen tai puhelinten GPS-seuranta), ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy</translation>
    </message>
    <message>
        <source>Data collected from elsewhere without informing the people because it would be impossible or take disproportionate effort (Art 14(5)(b)), and at least one EDPB criterion applies</source>
        <translation>Muualta saatuja tietoja käsitellään informoimatta henkilöitä, koska se olisi mahdotonta tai vaatisi kohtuuttomia ponnistuksia (14 art. 5 b), ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy</translation>
    </message>
    <message>
        <source>A whistleblowing channel: reports of suspected misconduct</source>
        <translation>Ilmoituskanava (whistleblowing): ilmoitukset epäillyistä väärinkäytöksistä</translation>
    </message>
    <message>
        <source>Evaluation or scoring, e.g. profiling or predicting behaviour, interests or creditworthiness</source>
        <translation>Arviointi tai pisteytys, esim. profilointi tai käyttäytymisen, kiinnostuksen kohteiden tai luottokelpoisuuden ennustaminen</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similarly significant effects</source>
        <translation>Automaattiset päätökset, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia</translation>
    </message>
    <message>
        <source>Systematic monitoring or observation of people (e.g. of employees, online tracking)</source>
        <translation>Henkilöiden järjestelmällinen valvonta tai seuranta (esim. työntekijöiden, verkossa seuranta)</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data (special categories, criminal data, financial or location data, private communications)</source>
        <translation>Arkaluonteisia tai erittäin henkilökohtaisia tietoja (erityiset henkilötietoryhmät, rikostiedot, talous- tai sijaintitiedot, yksityiset viestit)</translation>
    </message>
    <message>
        <source>Processing on a large scale (many people, much data, a long time or a wide area)</source>
        <translation>Laajamittainen käsittely (paljon henkilöitä, paljon tietoja, pitkä aika tai laaja alue)</translation>
    </message>
    <message>
        <source>Matching or combining data sets from different purposes or controllers beyond what people would expect</source>
        <translation>Eri tarkoituksiin tai eri rekisterinpitäjien keräämien aineistojen yhdistäminen tavalla, jota henkilöt eivät odota</translation>
    </message>
    <message>
        <source>Vulnerable people: children, employees, patients, the elderly or others in a weaker position</source>
        <translation>Haavoittuvassa asemassa olevat: lapset, työntekijät, potilaat, ikääntyneet tai muut heikommassa asemassa olevat</translation>
    </message>
    <message>
        <source>Innovative use of technology or new organisational solutions (e.g. face recognition, AI)</source>
        <translation>Innovatiivinen teknologia tai uudet organisatoriset ratkaisut (esim. kasvojentunnistus, tekoäly)</translation>
    </message>
    <message>
        <source>The processing itself prevents people from using a right, a service or a contract (e.g. credit screening)</source>
        <translation>Käsittely itsessään estää henkilöä käyttämästä oikeuttaan, palvelua tai sopimusta (esim. luottotietojen tarkistus)</translation>
    </message>
</context>
<context>
    <name>DpiaDialog</name>
    <message>
        <source>DPIA: %1</source>
        <translation>Vaikutustenarviointi: %1</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art 35)</source>
        <translation>Tietosuojaa koskeva vaikutustenarviointi (35 art.)</translation>
    </message>
    <message>
        <source>Answer every question for the register %1 and say why where the answer is yes. A DPIA is needed when a GDPR or Ombudsman item applies, or two or more EDPB criteria do.</source>
        <translation>Vastaa jokaiseen kysymykseen rekisterin %1 osalta ja perustele kyllä-vastaukset. Vaikutustenarviointi tarvitaan, kun jokin tietosuoja-asetuksen tai tietosuojavaltuutetun luettelon kohta täyttyy tai kun kaksi tai useampi tietosuojaneuvoston kriteeri täyttyy.</translation>
    </message>
    <message>
        <source>Do a DPIA &amp;even though the checklist does not call for one</source>
        <translation>Tee arviointi &amp;vapaaehtoisesti, vaikka tarkistuslista ei sitä edellytä</translation>
    </message>
    <message>
        <source>Screened o&amp;n:</source>
        <translation>Tarvearvion &amp;päivä:</translation>
    </message>
    <message>
        <source>Screened &amp;by:</source>
        <translation>Tarvearvion te&amp;kijä:</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Tarvearvion päivä</translation>
    </message>
    <message>
        <source>Screened by</source>
        <translation>Tarvearvion tekijä</translation>
    </message>
    <message>
        <source>A DPIA is needed because of: %1</source>
        <translation>Vaikutustenarviointi tarvitaan, koska: %1</translation>
    </message>
    <message>
        <source>%1 questions are not answered yet.</source>
        <translation>%1 kysymykseen ei ole vielä vastattu.</translation>
    </message>
    <message>
        <source>The checklist does not call for a DPIA.</source>
        <translation>Tarkistuslistan perusteella vaikutustenarviointia ei tarvita.</translation>
    </message>
</context>
<context>
    <name>DpiaForm</name>
    <message>
        <source>Light DPIA (Art 35(7))</source>
        <translation>Kevyt vaikutustenarviointi (35 art. 7)</translation>
    </message>
    <message>
        <source>The processing: &amp;what, whose data, why:</source>
        <translation>Käsittel&amp;y: mitä, keiden tietoja, miksi:</translation>
    </message>
    <message>
        <source>Necessity and &amp;proportionality:</source>
        <translation>Tarpeellisuus ja &amp;oikeasuhteisuus:</translation>
    </message>
    <message>
        <source>Risks to the people:</source>
        <translation>Riskit rekisteröidyille:</translation>
    </message>
    <message>
        <source>&amp;Measures against the risks:</source>
        <translation>Toimenpiteet riskien &amp;hallitsemiseksi:</translation>
    </message>
    <message>
        <source>Residual ris&amp;k:</source>
        <translation>&amp;Jäännösriski:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Päätö&amp;s:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Arvioitu:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Seuraava &amp;uudelleenarviointi:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>Arv&amp;ioija:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Todennäköisyys</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>Lisää &amp;riski</translation>
    </message>
</context>
<context>
    <name>DpoDecision</name>
    <message>
        <source>Is the business a public authority or body? (Art 37(1)(a))</source>
        <translation>Onko yritys viranomainen tai julkishallinnon elin? (37 art. 1 a)</translation>
    </message>
    <message>
        <source>Do the core activities consist of regular and systematic monitoring of people on a large scale? (Art 37(1)(b))</source>
        <translation>Koostuuko ydintoiminta ihmisten laajamittaisesta, säännöllisestä ja järjestelmällisestä seurannasta? (37 art. 1 b)</translation>
    </message>
    <message>
        <source>Do the core activities consist of processing special categories of data (e.g. health) or criminal data on a large scale? (Art 37(1)(c))</source>
        <translation>Koostuuko ydintoiminta erityisten henkilötietoryhmien (esim. terveystietojen) tai rikostietojen laajamittaisesta käsittelystä? (37 art. 1 c)</translation>
    </message>
    <message>
        <source>A data protection officer is not required</source>
        <translation>Tietosuojavastaavaa ei tarvita</translation>
    </message>
    <message>
        <source>A data protection officer is required and appointed</source>
        <translation>Tietosuojavastaava tarvitaan, ja se on nimitetty</translation>
    </message>
    <message>
        <source>Not required; a data protection officer is appointed voluntarily</source>
        <translation>Ei pakollinen; tietosuojavastaava on nimitetty vapaaehtoisesti</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Is a data protection officer needed? (Art 37)</source>
        <translation>Tarvitaanko tietosuojavastaava? (37 artikla)</translation>
    </message>
    <message>
        <source>A data protection officer is required only when one of these three applies. Answer each and say why: the Art 30 record prints the reasoning.</source>
        <translation>Tietosuojavastaava on pakollinen vain, jos jokin näistä kolmesta täyttyy. Vastaa jokaiseen ja perustele: seloste käsittelytoimista (30 artikla) tulostaa perustelut.</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Johtopäätös:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Päätetty:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;name:</source>
        <translation>Tietosuojavastaavan &amp;nimi:</translation>
    </message>
    <message>
        <source>DPO&apos;s e-&amp;mail:</source>
        <translation>Tietosuojavastaavan &amp;sähköposti:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;phone:</source>
        <translation>Tietosuojavastaavan p&amp;uhelin:</translation>
    </message>
    <message>
        <source>When one is appointed, give the DPO&apos;s contact: it is published in the privacy statements and told to the Data Protection Ombudsman (Art 37(7)).</source>
        <translation>Kun tietosuojavastaava on nimitetty, anna sen yhteystiedot: ne julkaistaan tietosuojaselosteissa ja ilmoitetaan tietosuojavaltuutetulle (37 artiklan 7 kohta).</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>The register holds no e-mail address for this person: send the answer by post.</source>
        <translation>Rekisterissä ei ole tämän henkilön sähköpostiosoitetta: lähetä vastaus postitse.</translation>
    </message>
    <message>
        <source>The answer&apos;s PDF is not kept in the register (an erasure&apos;s letter is not archived): attach the copy you saved.</source>
        <translation>Vastauksen PDF-tiedostoa ei säilytetä rekisterissä (poiston kirjettä ei arkistoida): liitä tallentamasi kopio.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Tunnuslauseessa pitää olla vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>Rekisteri on jo salattu.</translation>
    </message>
    <message>
        <source>The register is not encrypted.</source>
        <translation>Rekisteriä ei ole salattu.</translation>
    </message>
    <message>
        <source>This computer&apos;s key store could not keep the key: %1</source>
        <translation>Tämän tietokoneen avainsäilö ei voinut tallentaa avainta: %1</translation>
    </message>
    <message>
        <source>The passphrase did not open the register. The program closes; the register is unchanged.</source>
        <translation>Tunnuslause ei avannut rekisteriä. Ohjelma sulkeutuu; rekisteri on ennallaan.</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Protect the register</source>
        <translation>Suojaa rekisteri</translation>
    </message>
    <message>
        <source>If the computer or a backup is stolen, encryption keeps the register unread.</source>
        <translation>Jos tietokone tai varmuuskopio varastetaan, salaus pitää rekisterin lukemattomana.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>Rekisteri on jo salattu.</translation>
    </message>
    <message>
        <source>An encrypted register and its backups can only be opened with the passphrase. You can change this later in the settings.</source>
        <translation>Salatun rekisterin ja sen varmuuskopiot voi avata vain tunnuslauseella. Voit muuttaa tämän myöhemmin asetuksista.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt</source>
        <translation>&amp;Jätä salaamatta</translation>
    </message>
    <message>
        <source>&amp;Encrypt the register with a passphrase (recommended)</source>
        <translation>&amp;Salaa rekisteri tunnuslauseella (suositus)</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <source>E&amp;ncrypt the register…</source>
        <translation>Salaa rekisteri…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Vaihda tunnuslause…</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translation>&amp;Poista salaus…</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Muista avain tämän tietokoneen avainsäilössä</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes:</source>
        <translation>Lukitse ikkuna, kun sit&amp;ä ei ole käytetty näin moneen minuuttiin:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>A locked window hides the register until it is unlocked with the passphrase (or with one click when the key is in the key store).</source>
        <translation>Lukittu ikkuna piilottaa rekisterin, kunnes lukitus avataan tunnuslauseella (tai yhdellä napsautuksella, kun avain on avainsäilössä).</translation>
    </message>
    <message>
        <source>The register is not encrypted: anyone who gets the file or a backup can read it.</source>
        <translation>Rekisteriä ei ole salattu: kuka tahansa tiedoston tai varmuuskopion saanut voi lukea sen.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The key is kept in this computer&apos;s key store, so the program starts without asking.</source>
        <translation>Rekisteri ja sen varmuuskopiot on salattu. Avain on tämän tietokoneen avainsäilössä, joten ohjelma käynnistyy kysymättä.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The passphrase is asked at start.</source>
        <translation>Rekisteri ja sen varmuuskopiot on salattu. Tunnuslause kysytään käynnistettäessä.</translation>
    </message>
    <message>
        <source>Encrypt the register</source>
        <translation>Salaa rekisteri</translation>
    </message>
    <message>
        <source>Encrypting the register…</source>
        <translation>Salataan rekisteriä…</translation>
    </message>
    <message>
        <source>Older backups are not encrypted</source>
        <translation>Vanhempia varmuuskopioita ei ole salattu</translation>
    </message>
    <message>
        <source>%1 backups made before the register was encrypted are not encrypted and still reveal what they hold. Delete them now?</source>
        <translation>%1 ennen salausta tehtyä varmuuskopiota on salaamattomia, ja niiden sisällön voi yhä lukea. Poistetaanko ne nyt?</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <source>Encrypting the register with the new passphrase…</source>
        <translation>Salataan rekisteriä uudella tunnuslauseella…</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Poista salaus</translation>
    </message>
    <message>
        <source>Without encryption, anyone who gets the register file or a new backup can read it. Backups made so far stay encrypted. Remove the encryption?</source>
        <translation>Ilman salausta kuka tahansa rekisteritiedoston tai uuden varmuuskopion saanut voi lukea sen. Tähän asti tehdyt varmuuskopiot pysyvät salattuina. Poistetaanko salaus?</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Poistetaan salausta…</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nykyinen tunnuslause</translation>
    </message>
    <message>
        <source>Type the current passphrase of the register:</source>
        <translation>Kirjoita rekisterin nykyinen tunnuslause:</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register. Nothing was changed.</source>
        <translation>Se ei ole rekisterin tunnuslause. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>That did not work, and the register was left as it was: %1</source>
        <translation>Se ei onnistunut, ja rekisteri jäi ennalleen: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>%1 on poistettu.</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Poistetaanko %1 pysyvästi?</translation>
    </message>
    <message>
        <source>This person has open requests: %1. Once erased, they can no longer be answered by letter, so answer them first. An erasure request is best answered from the Requests page, which sends the confirmation and then erases.</source>
        <translation>Tällä henkilöllä on avoimia pyyntöjä: %1. Poiston jälkeen niihin ei voi enää vastata kirjeellä, joten vastaa niihin ensin. Poistopyyntöön kannattaa vastata Pyynnöt-sivulta: se lähettää vahvistuksen ja poistaa sitten tiedot.</translation>
    </message>
    <message>
        <source>To confirm, type the name %1 below. This cannot be undone.</source>
        <translation>Vahvista kirjoittamalla alle nimi %1. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Nimi poiston vahvistamiseksi</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the year in which the financial period ended; they are kept without any link to the person (GDPR Art 17(3)(b)).</source>
        <translation>Tilaukset ovat kirjanpidon tositteita, jotka kirjanpitolain (2:10) mukaan on säilytettävä kuusi vuotta sen vuoden lopusta, jona tilikausi on päättynyt; ne säilytetään ilman yhteyttä henkilöön (tietosuoja-asetuksen 17 art. 3 b).</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <source>The request itself stays as proof that it was handled: its type, dates, timeline and the letter&apos;s fingerprint, without the person&apos;s name, contact details, description or attachments.</source>
        <translation>Itse pyyntö säilyy todisteena sen käsittelystä: sen tyyppi, päivämäärät, aikajana ja kirjeen tiiviste, ilman henkilön nimeä, yhteystietoja, kuvausta tai liitteitä.</translation>
    </message>
    <message>
        <source>To confirm, type the name %1 below. This cannot be undone.</source>
        <translation>Vahvista kirjoittamalla alle nimi %1. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Nimi poiston vahvistamiseksi</translation>
    </message>
</context>
<context>
    <name>ErasureSections</name>
    <message>
        <source>Deleted:</source>
        <translation>Poistettu:</translation>
    </message>
    <message>
        <source>This will be deleted:</source>
        <translation>Tämä poistetaan:</translation>
    </message>
    <message>
        <source>Kept without any link to the person:</source>
        <translation>Säilytetty ilman yhteyttä henkilöön:</translation>
    </message>
    <message>
        <source>These orders will be kept without any link to the person:</source>
        <translation>Nämä tilaukset säilytetään ilman yhteyttä henkilöön:</translation>
    </message>
    <message>
        <source>order of %1, kept until %2</source>
        <translation>tilaus %1, säilytetään %2 asti</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
</context>
<context>
    <name>ErasureTexts</name>
    <message>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <source>Kept as the erased person&apos;s entries (type, received, status), their descriptions and notes cleared:</source>
        <translation>Säilytetty poistetun henkilön merkintöinä (tyyppi, vastaanotettu, tila), kuvaukset ja muistiinpanot tyhjennetty:</translation>
    </message>
    <message>
        <source>These requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared:</source>
        <translation>Nämä pyynnöt jäävät rekisteriin poistetun henkilön merkintöinä (tyyppi, vastaanotettu, tila); niiden kuvaukset ja muistiinpanot tyhjennetään:</translation>
    </message>
    <message>
        <source>%1, received %2, %3</source>
        <translation>%1, vastaanotettu %2, %3</translation>
    </message>
    <message>
        <source>No archived document is about the person or their requests.</source>
        <translation>Arkistossa ei ole henkilöä tai hänen pyyntöjään koskevia asiakirjoja.</translation>
    </message>
    <message>
        <source>Archived documents deleted (none was kept):</source>
        <translation>Poistetut arkistoidut asiakirjat (yhtäkään ei säilytetty):</translation>
    </message>
    <message>
        <source>These archived documents about the person or their requests will be deleted; none is kept:</source>
        <translation>Nämä henkilöä tai hänen pyyntöjään koskevat arkistoidut asiakirjat poistetaan; yhtäkään ei säilytetä:</translation>
    </message>
    <message>
        <source>No backup in the backup folder was taken while the person was in the register.</source>
        <translation>Varmuuskopiokansiossa ei ole varmuuskopiota, joka olisi otettu henkilön ollessa rekisterissä.</translation>
    </message>
    <message>
        <source>Backups: %1 in the backup folder (%2 automatic, %3 made on request) were taken while the person was in the register and still hold them. Automatic ones go as they are rotated out (the newest %4 of each kind are kept); those made on request stay until removed (tietosuoja backup prune). A backup restored later erases the person again.</source>
        <translation>Varmuuskopiot: varmuuskopiokansiossa on %1 henkilön ollessa rekisterissä otettua varmuuskopiota (%2 automaattista, %3 pyynnöstä tehtyä), joissa hänen tietonsa vielä ovat. Automaattiset poistuvat kierrätyksessä (kunkin lajin %4 uusinta säilytetään); pyynnöstä tehdyt säilyvät, kunnes ne poistetaan (tietosuoja backup prune). Jos varmuuskopio myöhemmin palautetaan, henkilö poistetaan siitä uudelleen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sections %1 of the statement have texts with no translation into %2. Translate them (Registers, Translations…) or allow them to print in the original language with a note on the first page.</source>
        <translation>Selosteen kohdissa %1 on tekstejä, joita ei ole käännetty kielelle %2. Käännä ne (Rekisterit, Käännökset…) tai salli niiden tulostus alkuperäiskielellä, jolloin ensimmäisellä sivulla on siitä huomautus.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Tunnisteella %2 ei löydy kohdetta (%1).</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be opened: %2</source>
        <translation>Tietokansiota %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is already open in another Tietosuoja Desktop window or program. Close the other one and try again.</source>
        <translation>Tietokansio %1 on jo auki toisessa Tietosuoja Desktop -ikkunassa tai -ohjelmassa. Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged, and there is no intact backup to restore. The damaged file is left as it is; contact support.</source>
        <translation>Rekisteritiedosto %1 on vioittunut, eikä ehjää varmuuskopiota ole palautettavaksi. Vioittunut tiedosto jätetään ennalleen; ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Quit and start Tietosuoja Desktop again: it then offers to restore the newest intact backup, %2.</source>
        <translation>Rekisteritiedosto %1 on vioittunut. Lopeta ja käynnistä Tietosuoja Desktop uudelleen: se tarjoutuu silloin palauttamaan uusimman ehjän varmuuskopion %2.</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Ei voi jatkaa</translation>
    </message>
    <message>
        <source>Please check these details:</source>
        <translation>Tarkista nämä tiedot:</translation>
    </message>
    <message>
        <source>The register in %1 was saved by a newer version of Tietosuoja Desktop (schema %2; this version knows up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation>Kansion %1 rekisteri on tallennettu Tietosuoja Desktopin uudemmalla versiolla (tietokannan rakenneversio %2; tämä versio tuntee versioon %3 asti). Asenna uudempi versio, niin voit avata sen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for a copy of the register in %1: the copy needs %2 MB and %3 MB is free. Free some space on that disk, or keep fewer backups (Settings, Backups).</source>
        <translation>Levyllä ei ole tarpeeksi vapaata tilaa rekisterin kopiolle kansioon %1: kopio tarvitsee %2 Mt, ja vapaata on %3 Mt. Vapauta tilaa levyltä tai säilytä vähemmän varmuuskopioita (Asetukset, Varmuuskopiot).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeisin asiointi</translation>
    </message>
    <message>
        <source>Marketing prohibited since</source>
        <translation>Suoramarkkinointikielto alkaen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Basis since</source>
        <translation>Peruste alkaen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>%1 texts of %2 have no translation into this language (statement sections %3). Translate them (Registers, Translations…) or print them as written:</source>
        <translation>Rekisterin %2 %1 tekstiä ei ole käännetty tälle kielelle (selosteen kohdat %3). Käännä ne (Rekisterit, Käännökset…) tai tulosta ne sellaisinaan:</translation>
    </message>
    <message>
        <source>⚠ Not yet answered for %1, so the statement says nothing about them: %2 (Registers).</source>
        <translation>⚠ Rekisterin %1 kysymyksiin ei ole vielä vastattu, joten seloste ei kerro niistä mitään: %2 (Rekisterit).</translation>
    </message>
    <message>
        <source>The record prints the untranslated texts of these registers as written: %1.</source>
        <translation>Seloste käsittelytoimista näyttää näiden rekisterien kääntämättömät tekstit sellaisinaan: %1.</translation>
    </message>
    <message>
        <source>Make a document</source>
        <translation>Laadi asiakirja</translation>
    </message>
    <message>
        <source>Privacy statement of the &amp;register</source>
        <translation>&amp;Rekisterin tietosuojaseloste</translation>
    </message>
    <message>
        <source>No registers yet</source>
        <translation>Rekistereitä ei ole vielä</translation>
    </message>
    <message>
        <source>Change &amp;note</source>
        <translation>Muutos&amp;huomautus</translation>
    </message>
    <message>
        <source>What changed in this version of the statement (optional)</source>
        <translation>Mitä tässä selosteen versiossa muuttui (valinnainen)</translation>
    </message>
    <message>
        <source>Record of processing activities (Art 30)</source>
        <translation>Seloste käsittelytoimista (30 art.)</translation>
    </message>
    <message>
        <source>Data protection policy (internal r&amp;ules)</source>
        <translation>Tietosuoja&amp;politiikka (sisäiset ohjeet)</translation>
    </message>
    <message>
        <source>Own &amp;additions…</source>
        <translation>Omat oh&amp;jeet…</translation>
    </message>
    <message>
        <source>Your own rules added to the sections the app writes from the register</source>
        <translation>Omat sääntösi niiden osioiden perään, jotka sovellus kirjoittaa rekisterin tiedoista</translation>
    </message>
    <message>
        <source>Make polic&amp;y…</source>
        <translation>Laa&amp;di politiikka…</translation>
    </message>
    <message>
        <source>Po&amp;licy change</source>
        <translation>Politiikan muutos</translation>
    </message>
    <message>
        <source>What changed in this version of the policy (optional)</source>
        <translation>Mitä politiikan tässä versiossa muuttui (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Change note of the policy</source>
        <translation>Politiikan muutoshuomautus</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation>Allekirjoita sähköisesti</translation>
    </message>
    <message>
        <source>Make s&amp;tatement…</source>
        <translation>Laadi &amp;seloste…</translation>
    </message>
    <message>
        <source>Print them in the original language, with a note on the first page</source>
        <translation>Tulosta ne alkuperäiskielellä ja huomauta siitä ensimmäisellä sivulla</translation>
    </message>
    <message>
        <source>Make re&amp;cord…</source>
        <translation>Laadi s&amp;eloste käsittelytoimista…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Ha&amp;e:</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or business ID</source>
        <translation>Nimi, sähköposti, puhelin tai Y-tunnus</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation>&amp;Suoramarkkinointi:</translation>
    </message>
    <message>
        <source>Marketing filter</source>
        <translation>Suoramarkkinointisuodatin</translation>
    </message>
    <message>
        <source>Re&amp;gister:</source>
        <translation>&amp;Rekisteri:</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Rekisterisuodatin</translation>
    </message>
    <message>
        <source>Res&amp;tricted only</source>
        <translation>&amp;Vain rajoitetut</translation>
    </message>
    <message>
        <source>People whose processing is restricted (GDPR Art 18)</source>
        <translation>Henkilöt, joiden tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 art.)</translation>
    </message>
    <message>
        <source>Past &amp;retention</source>
        <translation>Säilytysaika &amp;päättynyt</translation>
    </message>
    <message>
        <source>People kept longer than their register&apos;s retention period allows</source>
        <translation>Henkilöt, joiden tietoja on säilytetty pidempään kuin rekisterin säilytysaika sallii</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Marketing allowed</source>
        <translation>Suoramarkkinointi sallittu</translation>
    </message>
    <message>
        <source>Marketing prohibited</source>
        <translation>Suoramarkkinointi kielletty</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>Kaikki rekisterit</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Valmista</translation>
    </message>
    <message>
        <source>Your data stays on this computer.</source>
        <translation>Tietosi pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The register, its descriptions and everything you record are kept in:</source>
        <translation>Rekisteri, sen kuvaukset ja kaikki kirjaamasi tiedot tallennetaan kansioon:</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. Include this folder in your backups. If something goes wrong, the program writes the details to the folder %1.</source>
        <translation>Mitään ei lähetetä minnekään. Ota tämä kansio mukaan varmuuskopioihisi. Jos jokin menee vikaan, ohjelma kirjoittaa tiedot kansioon %1.</translation>
    </message>
    <message>
        <source>Finishing saves the profile and the register and opens the program.</source>
        <translation>Kun lopetat ohjatun asennuksen, yrityksen tiedot ja rekisteri tallennetaan ja ohjelma avautuu.</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <source>Not answered</source>
        <translation>Ei vastattu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Vastaus: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Perustelu: %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Perustelu</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>due today</source>
        <translation>erääntyy tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Gt</translation>
    </message>
</context>
<context>
    <name>FulfilFlows</name>
    <message>
        <source>No data held</source>
        <translation>Ei tallennettuja tietoja</translation>
    </message>
    <message>
        <source>%1 is not in the register. The letter tells them that no personal data about them is held.</source>
        <translation>%1 ei ole rekisterissä. Kirjeessä kerrotaan, ettei hänestä ole tallennettu henkilötietoja.</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>A further note for the letter (optional):</source>
        <translation>Lisähuomautus kirjeeseen (valinnainen):</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Laadi kirje</translation>
    </message>
    <message>
        <source>Completed: the no-data-held letter is made.</source>
        <translation>Valmis: kirje, jonka mukaan tietoja ei ole, on laadittu.</translation>
    </message>
    <message>
        <source>Send the access report</source>
        <translation>Lähetä tarkastusselvitys</translation>
    </message>
    <message>
        <source>The report holds a copy of all data about %1 with the purposes, recipients, retention and the person&apos;s rights (Art 15).</source>
        <translation>Selvitys sisältää kopion kaikista henkilön %1 tiedoista sekä käyttötarkoitukset, vastaanottajat, säilytysajan ja rekisteröidyn oikeudet (15 art.).</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Laadi selvitys</translation>
    </message>
    <message>
        <source>Completed: the access report is made.</source>
        <translation>Valmis: tarkastusselvitys on laadittu.</translation>
    </message>
    <message>
        <source>Record the corrections</source>
        <translation>Kirjaa oikaisut</translation>
    </message>
    <message>
        <source>Correct the data of %1, then record which fields were corrected. The letter lists them.</source>
        <translation>Oikaise henkilön %1 tiedot ja kirjaa sitten, mitkä kentät oikaistiin. Kirjeessä luetellaan ne.</translation>
    </message>
    <message>
        <source>Record and make the letter</source>
        <translation>Kirjaa ja laadi kirje</translation>
    </message>
    <message>
        <source>Completed: the corrections are recorded.</source>
        <translation>Valmis: oikaisut on kirjattu.</translation>
    </message>
    <message>
        <source>Completed. Tell these recipients about the correction (Art 19): %1</source>
        <translation>Valmis. Ilmoita oikaisusta näille vastaanottajille (19 art.): %1</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Poistetaanko %1 pysyvästi?</translation>
    </message>
    <message>
        <source>This is what the erasure deletes and what the law requires to keep (Art 17(3)).</source>
        <translation>Tässä näkyy, mitä poisto poistaa ja mitä laki vaatii säilyttämään (17 art. 3).</translation>
    </message>
    <message>
        <source>&amp;Erase and make the letter</source>
        <translation>&amp;Poista ja laadi kirje</translation>
    </message>
    <message>
        <source>%1 has been erased. The letter is not kept in the register: print or save it now.</source>
        <translation>%1 on poistettu. Kirjettä ei säilytetä rekisterissä: tulosta tai tallenna se nyt.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <source>%1 is marked restricted from today: the data is kept but excluded from all use and exports (Art 18).</source>
        <translation>%1 merkitään rajoitetuksi tästä päivästä alkaen: tiedot säilytetään, mutta ne jätetään pois kaikesta käytöstä ja viennistä (18 art.).</translation>
    </message>
    <message>
        <source>Completed: the person is marked restricted.</source>
        <translation>Valmis: henkilö on merkitty rajoitetuksi.</translation>
    </message>
    <message>
        <source>Record the objection</source>
        <translation>Kirjaa vastustaminen</translation>
    </message>
    <message>
        <source>Processing of the data of %1 based on legitimate interests stops from today, unless there are compelling legitimate grounds (Art 21(1)).</source>
        <translation>Henkilön %1 tietojen oikeutettuun etuun perustuva käsittely lopetetaan tästä päivästä alkaen, ellei siihen ole huomattavan tärkeitä ja perusteltuja syitä (21 art. 1).</translation>
    </message>
    <message>
        <source>Completed: the objection is recorded.</source>
        <translation>Valmis: vastustaminen on kirjattu.</translation>
    </message>
    <message>
        <source>Stop direct marketing</source>
        <translation>Lopeta suoramarkkinointi</translation>
    </message>
    <message>
        <source>%1 drops out of every marketing list and export, for good (Art 21(2)-(3)).</source>
        <translation>%1 poistetaan kaikilta markkinointilistoilta ja kaikista vienneistä pysyvästi (21 art. 2–3).</translation>
    </message>
    <message>
        <source>Completed: direct marketing is prohibited for good.</source>
        <translation>Valmis: suoramarkkinointi on kielletty pysyvästi.</translation>
    </message>
    <message>
        <source>Record the consent withdrawal</source>
        <translation>Kirjaa suostumuksen peruutus</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with today&apos;s date and the processing based on the consent stops (Art 7(3)).</source>
        <translation>Peruutus kirjataan tämän päivän päivämäärällä, ja suostumukseen perustuva käsittely lopetetaan (7 art. 3).</translation>
    </message>
    <message>
        <source>Withdraw and make the letter</source>
        <translation>Peru ja laadi kirje</translation>
    </message>
    <message>
        <source>Completed: the withdrawal is recorded.</source>
        <translation>Valmis: peruutus on kirjattu.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Vie henkilön tiedot</translation>
    </message>
    <message>
        <source>The data %1 provided is exported as JSON and CSV in one ZIP file (Art 20). Next you choose where to save it.</source>
        <translation>Henkilön %1 itse antamat tiedot viedään JSON- ja CSV-muodossa yhteen ZIP-tiedostoon (20 art.). Valitse seuraavaksi tallennuspaikka.</translation>
    </message>
    <message>
        <source>Export and make the letter</source>
        <translation>Vie ja laadi kirje</translation>
    </message>
    <message>
        <source>Save the data export</source>
        <translation>Tallenna tietojen vienti</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Tietojen vienti</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkistot (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was done: no file was chosen.</source>
        <translation>Mitään ei tehty: tiedostoa ei valittu.</translation>
    </message>
    <message>
        <source>Completed: the data export was saved to %1.</source>
        <translation>Valmis: tietojen vienti tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>What needs attention today: requests due within a week or overdue, and people whose retention period has run out. Double-click a row to open it.</source>
        <translation>Mikä vaatii huomiota tänään: viikon sisällä erääntyvät ja myöhässä olevat pyynnöt sekä henkilöt, joiden säilytysaika on päättynyt. Avaa rivi kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Everyone in your registers. Type in the search box to find a person; add a customer with Ctrl+N. A person can be restricted, their marketing prohibited, or erased, with a preview of what goes and what stays.</source>
        <translation>Kaikki rekistereissäsi olevat henkilöt. Etsi henkilöä kirjoittamalla hakukenttään; lisää asiakas näppäimillä Ctrl+N. Henkilön tietojen käsittelyä voi rajoittaa, suoramarkkinoinnin kieltää tai henkilön poistaa; ennen poistoa näet, mitä poistetaan ja mitä säilytetään.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Requests from people about their data (access, erasure, objection...). An answer is due one month after the request arrived; the program counts the deadline over weekends and public holidays and colours it as it nears.</source>
        <translation>Henkilöiden pyynnöt omista tiedoistaan (tarkastus, poisto, vastustaminen...). Vastaus on annettava kuukauden kuluessa pyynnön saapumisesta; ohjelma laskee määräajan viikonloput ja pyhäpäivät huomioiden ja värittää sen sen lähestyessä.</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>The content of each register&apos;s privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</source>
        <translation>Kunkin rekisterin tietosuojaselosteen sisältö. Jokaisessa kohdassa kerrotaan, mitä tietosuoja-asetuksen vaatimusta se täyttää; tyhjä pakollinen kohta merkitään varoituksella.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Näppäimistö</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+6 switch between the pages, Ctrl+N adds, Ctrl+F searches, Ctrl+P prints where printing is possible, F5 refreshes and Ctrl+Q quits. An underlined letter in a label, with Alt, moves to its field.</source>
        <translation>Alt+1–Alt+6 vaihtavat sivua, Ctrl+N lisää, Ctrl+F hakee, Ctrl+P tulostaa, kun tulostaminen on mahdollista, F5 päivittää ja Ctrl+Q lopettaa. Alt ja kentän nimen alleviivattu kirjain siirtävät kenttään.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tietosi</translation>
    </message>
    <message>
        <source>Everything stays on this computer in the data folder shown in Settings and in the status bar. Include that folder in your backups.</source>
        <translation>Kaikki tiedot pysyvät tällä tietokoneella tietokansiossa, joka näkyy asetuksissa ja tilarivillä. Ota kansio mukaan varmuuskopioihisi.</translation>
    </message>
    <message>
        <source>Using Tietosuoja Desktop</source>
        <translation>Tietosuoja Desktopin käyttö</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>No changes recorded.</source>
        <translation>Muutoksia ei ole kirjattu.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Poistoesto</translation>
    </message>
    <message>
        <source>A person on legal hold (e.g. an open dispute) is skipped when everyone past retention is erased. The hold ends after its last day.</source>
        <translation>Kun kaikki säilytysajan ylittäneet poistetaan, poistoestossa oleva henkilö (esim. kesken oleva riita) ohitetaan. Esto päättyy viimeisen päivänsä jälkeen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Viimeinen päivä:</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Aseta poistoesto</translation>
    </message>
    <message>
        <source>Rele&amp;ase hold</source>
        <translation>&amp;Pura poistoesto</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Allekirjoitusvarmenne</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create one for your business, or import the PKCS#12 file of a certificate from a certification authority.</source>
        <translation>Allekirjoitusvarmennetta ei ole vielä. Luo sellainen yrityksellesi tai tuo varmentajalta saamasi varmenteen PKCS#12-tiedosto.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisaatio:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Y-tunnus:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Voimassa alkaen:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Voimassa asti:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Varmenne:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Tiiviste (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Luo…</translation>
    </message>
    <message>
        <source>&amp;Create a new one…</source>
        <translation>&amp;Luo uusi…</translation>
    </message>
    <message>
        <source>Made by this app for your business (self-signed)</source>
        <translation>Tämän sovelluksen yrityksellesi luoma (itse allekirjoitettu)</translation>
    </message>
    <message>
        <source>Issued by a certification authority</source>
        <translation>Varmentajan myöntämä</translation>
    </message>
</context>
<context>
    <name>IdentityQuestion</name>
    <message>
        <source>The contact given is not the e-mail or phone the register holds for this person, and the answer discloses or changes their data. Is the identity certain?</source>
        <translation>Annettu yhteystieto ei ole henkilön rekisterissä oleva sähköposti tai puhelinnumero, ja vastaus luovuttaa tai muuttaa hänen tietojaan. Onko henkilöllisyys varma?</translation>
    </message>
    <message>
        <source>No: as&amp;k for proof of identity after logging</source>
        <translation>Ei: pyydä henkilöllisyyden &amp;todiste kirjauksen jälkeen</translation>
    </message>
    <message>
        <source>Yes, certain, &amp;because:</source>
        <translation>Kyllä, &amp;varma, koska:</translation>
    </message>
    <message>
        <source>Why the identity is certain</source>
        <translation>Miksi henkilöllisyys on varma</translation>
    </message>
    <message>
        <source>e.g. asked in person, known to me</source>
        <translation>esim. pyysi henkilökohtaisesti, tunnen hänet</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Koko nimi (etu- ja sukunimi)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Street address, 2nd line</source>
        <translation>Katuosoite, 2. rivi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Henkilö vai organisaatio</translation>
    </message>
    <message>
        <source>Order: number</source>
        <translation>Tilaus: numero</translation>
    </message>
    <message>
        <source>Order: date</source>
        <translation>Tilaus: päivämäärä</translation>
    </message>
    <message>
        <source>Order: products</source>
        <translation>Tilaus: tuotteet</translation>
    </message>
    <message>
        <source>Order: total (euros)</source>
        <translation>Tilaus: yhteensä (euroa)</translation>
    </message>
    <message>
        <source>Order: status</source>
        <translation>Tilaus: tila</translation>
    </message>
    <message>
        <source>Marketing: e-mail permission (yes/no)</source>
        <translation>Markkinointi: sähköpostilupa (kyllä/ei)</translation>
    </message>
    <message>
        <source>Marketing: SMS permission (yes/no)</source>
        <translation>Markkinointi: tekstiviestilupa (kyllä/ei)</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2.</source>
        <translation>Rivillä on %1 saraketta, mutta otsikkorivillä %2.</translation>
    </message>
    <message>
        <source>Not a date: write it as 31.1.2026 or 2026-01-31.</source>
        <translation>Ei päivämäärä: kirjoita muodossa 31.1.2026 tai 2026-01-31.</translation>
    </message>
    <message>
        <source>Unknown language: use fi, sv or en.</source>
        <translation>Tuntematon kieli: käytä arvoa fi, sv tai en.</translation>
    </message>
    <message>
        <source>Unknown customer type: use person or organisation.</source>
        <translation>Tuntematon asiakastyyppi: käytä arvoa person tai organisation.</translation>
    </message>
    <message>
        <source>Not an amount in euros with at most two decimals, e.g. 12,50.</source>
        <translation>Ei euromäärä enintään kahdella desimaalilla, esim. 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Unknown order status: use open, delivered, invoiced, paid, cancelled or returned.</source>
        <translation>Tuntematon tilauksen tila: käytä arvoa open, delivered, invoiced, paid, cancelled tai returned.</translation>
    </message>
    <message>
        <source>The order has no date.</source>
        <translation>Tilauksella ei ole päivämäärää.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Teksti on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Not a yes or no: write yes or no (kyllä/ei, ja/nej).</source>
        <translation>Arvo ei ole kyllä tai ei: kirjoita kyllä tai ei (yes/no, ja/nej).</translation>
    </message>
    <message>
        <source>No column is imported as a name or an organisation: choose one in the mapping.</source>
        <translation>Mitään saraketta ei tuoda nimenä tai organisaationa: valitse sellainen sarakkeiden vastaavuuksista.</translation>
    </message>
    <message>
        <source>Orders are imported but no column is the order date: choose one in the mapping.</source>
        <translation>Tilauksia tuodaan, mutta mikään sarake ei ole tilauspäivä: valitse sellainen sarakkeiden vastaavuuksista.</translation>
    </message>
    <message>
        <source>A quotation mark in this row is not closed, so the following lines were read into it.</source>
        <translation>Rivin lainausmerkkiä ei ole suljettu, joten seuraavat rivit luettiin siihen.</translation>
    </message>
    <message>
        <source>There is no register %1.</source>
        <translation>Rekisteriä %1 ei ole.</translation>
    </message>
    <message>
        <source>The order date cannot be in the future.</source>
        <translation>Tilauspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The column “%1” is recognised only when the file is read as UTF-8 (as “%2”); read as %3 it is not imported unless you choose what to import it as.</source>
        <translation>Sarake ”%1” tunnistetaan vain, kun tiedosto luetaan UTF-8-merkistönä (nimellä ”%2”); merkistönä %3 luettuna sitä ei tuoda, ellet valitse, minä se tuodaan.</translation>
    </message>
    <message>
        <source>The marketing permission columns are not imported: choose the marketing purpose they are consents for.</source>
        <translation>Markkinointilupien sarakkeita ei tuoda: valitse markkinoinnin käyttötarkoitus, jota suostumukset koskevat.</translation>
    </message>
    <message>
        <source>The file is UTF-8 text except in places that are not UTF-8 (bytes: %1, lines: %2). Read as Windows-1252 instead, every ä and ö of the rest would be stored garbled.</source>
        <translation>Tiedosto on UTF-8-tekstiä lukuun ottamatta kohtia, jotka eivät ole UTF-8:aa (tavuja: %1, rivejä: %2). Jos se luettaisiin sen sijaan Windows-1252-merkistönä, muun tekstin jokainen ä ja ö tallentuisi sotkeutuneena.</translation>
    </message>
    <message>
        <source>The file cannot be read as %3 (bytes that do not decode: %1, lines: %2).</source>
        <translation>Tiedostoa ei voi lukea merkistönä %3 (tulkitsemattomia tavuja: %1, rivejä: %2).</translation>
    </message>
    <message>
        <source>line %1: byte %2</source>
        <translation>rivi %1: tavu %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Tunnista</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Tuo asiakkaat CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Tiedoston sarakkeet</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Tiedoston rivit</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Merkistö:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Erotin:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Add to &amp;register:</source>
        <translation>Lisää &amp;rekisteriin:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Kaksoiskappaleet:</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ohita</translation>
    </message>
    <message>
        <source>Keep the register&apos;s details as they are.</source>
        <translation>Pidä rekisterin tiedot ennallaan.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Fill in what the register lacks; nothing already there is overwritten.</source>
        <translation>Täydennä rekisteristä puuttuvat tiedot; olemassa olevia tietoja ei korvata.</translation>
    </message>
    <message>
        <source>Also import &amp;orders (one order per row)</source>
        <translation>Tuo myös t&amp;ilaukset (yksi tilaus riviä kohden)</translation>
    </message>
    <message>
        <source>Marketing &amp;permissions for:</source>
        <translation>Markkinointi&amp;luvat tarkoitukseen:</translation>
    </message>
    <message>
        <source>The purpose the web shop&apos;s marketing permission columns (e-mail, SMS) are consents for; leave empty not to import them.</source>
        <translation>Käyttötarkoitus, jota verkkokaupan markkinointilupien sarakkeet (sähköposti, tekstiviesti) koskevat suostumuksina; jätä tyhjäksi, jos niitä ei tuoda.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Show only duplicates and refused rows</source>
        <translation>Näytä vain kaksoiskappaleet ja hylätyt rivit</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>Tar&amp;kista rivit</translation>
    </message>
    <message>
        <source>Save refused ro&amp;ws…</source>
        <translation>Tallenna &amp;hylätyt rivit…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or a web shop (WooCommerce, Shopify…).</source>
        <translation>Valitse taulukkolaskentaohjelmasta tai verkkokaupasta (WooCommerce, Shopify…) tallennettu CSV-tiedosto.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns; encoding %3, separated by %4.</source>
        <translation>%1 riviä, %2 saraketta; merkistö %3, erottimena %4.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Fix those bytes in the file (save it again as UTF-8), or choose Windows-1252 under Encoding to read it so and check the rows before importing.</source>
        <translation>Mitään ei ole luettu. Korjaa nämä tavut tiedostossa (tallenna se uudelleen UTF-8-muodossa) tai valitse Merkistö-kohdasta Windows-1252, jolloin tiedosto luetaan sellaisena ja voit tarkistaa rivit ennen tuontia.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Save the file again as UTF-8.</source>
        <translation>Mitään ei ole luettu. Tallenna tiedosto uudelleen UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>Check the rows to see which can be imported.</source>
        <translation>Tarkista rivit nähdäksesi, mitkä voidaan tuoda.</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicates, %3 refused.</source>
        <translation>%1 uutta, %2 kaksoiskappaletta, %3 hylättyä.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Se ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Valitse CSV-tiedosto</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki (*)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Tuodaan asiakkaita…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Imported %1 new customers and %2 orders; %3 duplicates merged, %4 skipped, %5 rows refused.</source>
        <translation>Tuotiin %1 uutta asiakasta ja %2 tilausta; %3 kaksoiskappaletta yhdistettiin, %4 ohitettiin, %5 riviä hylättiin.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Tuonti peruttiin; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Tallenna hylätyt rivit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>%1 refused rows saved in %2.</source>
        <translation>%1 hylättyä riviä tallennettu tiedostoon %2.</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Tuo allekirjoitusvarmenne</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) you got from a certification authority and type its passphrase. The app keeps a copy in the data folder, locked with the same passphrase.</source>
        <translation>Valitse varmentajalta saamasi PKCS#12-tiedosto (.p12 tai .pfx) ja kirjoita sen tunnuslause. Sovellus säilyttää kopion tietokansiossa samalla tunnuslauseella lukittuna.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Tunnus&amp;lause:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Choose a PKCS#12 file</source>
        <translation>Valitse PKCS#12-tiedosto</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-tiedostot (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Record the people informed</source>
        <translation>Kirjaa henkilöille kertominen</translation>
    </message>
    <message>
        <source>When the risk is high, tell the people affected without undue delay, in plain language (the letters do this), unless one of the exceptions applies.</source>
        <translation>Kun riski on korkea, kerro asiasta niille, joita loukkaus koskee, ilman aiheetonta viivytystä ja selkeällä kielellä (kirjeet tekevät tämän), ellei jokin poikkeuksista päde.</translation>
    </message>
    <message>
        <source>&amp;Exception:</source>
        <translation>&amp;Poikkeus:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Kerrottu:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Miten:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>Kuinka m&amp;onelle:</translation>
    </message>
    <message>
        <source>&amp;Why the exception applies:</source>
        <translation>M&amp;iksi poikkeus pätee:</translation>
    </message>
    <message>
        <source>e.g. by letter, by e-mail</source>
        <translation>esim. kirjeellä, sähköpostilla</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>The period cannot start after today.</source>
        <translation>Ajanjakso ei voi alkaa tämän päivän jälkeen.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Valvontakansio</translation>
    </message>
    <message>
        <source>One folder to show the supervisory authority or a customer that you comply (Art 5(2), 24): a cover page with the 15 checklist items, the record of processing, the statements and their versions, the assessments, the logs of the period and the audit log&apos;s check. Items not yet answered are listed as open, with what to do.</source>
        <translation>Yksi kansio, jolla osoitat valvontaviranomaiselle tai asiakkaalle noudattavasi tietosuoja-asetusta (5 art. 2 kohta, 24 art.): kansilehti ja sen 15 kohdan tarkistuslista, seloste käsittelytoimista, tietosuojaselosteet versioineen, arvioinnit, ajanjakson luettelot ja tapahtumalokin tarkistus. Vielä vastaamattomat kohdat näytetään avoimina, ja niihin kerrotaan mitä tehdä.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>A new dated folder</source>
        <translation>Uusi päivätty kansio</translation>
    </message>
    <message>
        <source>A ZIP file</source>
        <translation>ZIP-tiedosto</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>The first day of the requests and breaches included</source>
        <translation>Ensimmäinen päivä, jolta pyynnöt ja tietoturvaloukkaukset otetaan mukaan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Sign every PDF</source>
        <translation>A&amp;llekirjoita jokainen PDF</translation>
    </message>
    <message>
        <source>Create or import a signing identity to sign</source>
        <translation>Luo tai tuo allekirjoitusavain allekirjoittaaksesi</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Allekirjoitusavaimen tunnuslause</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>&amp;Make the folder</source>
        <translation>&amp;Valmista kansio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save the folder as a ZIP file</source>
        <translation>Tallenna kansio ZIP-tiedostona</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-tiedostot (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the supervisor&apos;s folder</source>
        <translation>Kansio, johon valvontakansio tehdään</translation>
    </message>
    <message>
        <source>Choose where the folder goes.</source>
        <translation>Valitse, minne kansio tallennetaan.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Kansiota ei ole olemassa.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Kirjoita allekirjoitusavaimesi tunnuslause.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 files).</source>
        <translation>Tallennettu: %1 (%2 tiedostoa).</translation>
    </message>
    <message>
        <source>Open items (%1):</source>
        <translation>Avoimet kohdat (%1):</translation>
    </message>
    <message>
        <source>Every checklist item is answered.</source>
        <translation>Tarkistuslistan jokaiseen kohtaan on vastattu.</translation>
    </message>
    <message>
        <source>Could not write there: %1</source>
        <translation>Sinne ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Tunnuslause ei ole oikein. Tarkista se ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>InterestAssessment</name>
    <message>
        <source>The interest is not overridden: the processing may proceed</source>
        <translation>Etu ei väisty: käsittely voi jatkua</translation>
    </message>
    <message>
        <source>The person&apos;s interests override it: not on legitimate interests</source>
        <translation>Henkilön edut syrjäyttävät sen: ei oikeutetun edun perusteella</translation>
    </message>
</context>
<context>
    <name>InterestAssessmentDialog</name>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Oikeutetun edun arviointi</translation>
    </message>
    <message>
        <source>Legitimate interest assessment (Art 6(1)(f))</source>
        <translation>Oikeutetun edun arviointi (6 art. 1 f)</translation>
    </message>
    <message>
        <source>Purpose %1: %2</source>
        <translation>Käyttötarkoitus %1: %2</translation>
    </message>
    <message>
        <source>This purpose has changed since it was assessed: check every answer and save the assessment again.</source>
        <translation>Käyttötarkoitus on muuttunut arvioinnin jälkeen: tarkista kaikki vastaukset ja tallenna arviointi uudelleen.</translation>
    </message>
    <message>
        <source>The legitimate &amp;interest:</source>
        <translation>&amp;Oikeutettu etu:</translation>
    </message>
    <message>
        <source>Why the processing is &amp;necessary for it:</source>
        <translation>Käsittelyn &amp;tarpeellisuus edun kannalta:</translation>
    </message>
    <message>
        <source>&amp;Balancing against the person&apos;s expectations and rights:</source>
        <translation>&amp;Punninta henkilön odotuksia ja oikeuksia vasten:</translation>
    </message>
    <message>
        <source>Sa&amp;feguards:</source>
        <translation>&amp;Suojatoimet:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Johtopäätös:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Päi&amp;vämäärä:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>&amp;Arvioija:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Elintärkeä etu</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Yleistä etua koskeva tehtävä</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oikeutettu etu</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Käsittelyn rajoitus</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Siirto</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <source>Direct-marketing objection</source>
        <translation>Suoramarkkinointikielto</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruutus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Waiting for identity</source>
        <translation>Odottaa todistusta henkilöllisyydestä</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Jatkettu</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Valmis lähetettäväksi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ajoissa</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Erääntyy pian</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>after the last activity</source>
        <translation>viimeisestä asioinnista</translation>
    </message>
    <message>
        <source>after the last order</source>
        <translation>viimeisestä tilauksesta</translation>
    </message>
    <message>
        <source>after becoming a customer</source>
        <translation>asiakkuuden alkamisesta</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Ei vielä vastattu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Only when technically necessary</source>
        <translation>Vain kun teknisesti välttämätöntä</translation>
    </message>
    <message>
        <source>Art %1</source>
        <translation>%1 art.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Tietosuoja Desktop</source>
        <translation>Tervetuloa Tietosuoja Desktopiin</translation>
    </message>
    <message>
        <source>Choose the language of the program.</source>
        <translation>Valitse ohjelman kieli.</translation>
    </message>
    <message>
        <source>This program keeps your customer register and its privacy statement, and reminds you when a person&apos;s request must be answered. Setting up takes a few minutes; you can change everything later.</source>
        <translation>Tällä ohjelmalla pidät asiakasrekisterisi ja sen tietosuojaselosteen ajan tasalla, ja se muistuttaa, kun henkilön pyyntöön on vastattava. Käyttöönotto vie muutaman minuutin; kaikkea voi muuttaa myöhemmin.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to the people affected</source>
        <translation>Kirjeet niille, joita loukkaus koskee</translation>
    </message>
    <message>
        <source>One letter to each of the %1 linked customers, each in their own language. Every letter is also archived with the person.</source>
        <translation>Kirje kullekin %1 linkitetylle asiakkaalle, kullekin omalla kielellään. Jokainen kirje arkistoidaan myös henkilön tietoihin.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Allekirjoitus:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>&amp;Allekirjoita sähköisesti</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letters by e-mail</source>
        <translation>Allekirjoita allekirjoitusavaimellasi, jotta voit lähettää kirjeet sähköpostilla</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign the letters digitally.</source>
        <translation>Luo tai tuo allekirjoitusavain asetuksissa, niin voit allekirjoittaa kirjeet sähköisesti.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Allekirjoitusavaimen tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>K&amp;irjoita kirjeet</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Kansio kirjeille</translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation>Valitse kansio, johon kirjeet tallennetaan.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Kansiota ei ole olemassa.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Kirjoita allekirjoitusavaimesi tunnuslause.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Tunnuslause ei ole oikein. Tarkista se ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The register in %1 is open on the computer %2, or Tietosuoja Desktop did not close there. A register must not be used from two computers at once through a synchronised or shared folder: it can be corrupted. Close it on %2, make a backup there and restore it on this computer. If it is not open on %2 any more, delete the file %3 and start again.</source>
        <translation>Kansion %1 rekisteri on auki tietokoneella %2, tai Tietosuoja Desktop ei sulkeutunut siellä oikein. Rekisteriä ei saa käyttää kahdelta tietokoneelta yhtä aikaa synkronoidun tai jaetun kansion kautta: se voi vioittua. Sulje se koneella %2, tee siellä varmuuskopio ja palauta se tällä tietokoneella. Jos rekisteri ei ole enää auki koneella %2, poista tiedosto %3 ja käynnistä ohjelma uudelleen.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>The register is hidden. Type its passphrase to go on.</source>
        <translation>Rekisteri on piilotettu. Jatka kirjoittamalla sen tunnuslause.</translation>
    </message>
    <message>
        <source>The register is hidden while you are away.</source>
        <translation>Rekisteri on piilotettu poissaolosi ajaksi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register.</source>
        <translation>Se ei ole rekisterin tunnuslause.</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Henkilö:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Pyyntö:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>&amp;Saapunut:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>K&amp;uvaus:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Alkuperäinen:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Lähettäjän &amp;osoite:</translation>
    </message>
    <message>
        <source>The e-mail address or phone it came from</source>
        <translation>Sähköpostiosoite tai puhelinnumero, josta pyyntö tuli</translation>
    </message>
    <message>
        <source>&amp;Attach the original…</source>
        <translation>&amp;Liitä alkuperäinen…</translation>
    </message>
    <message>
        <source>&amp;Log the request</source>
        <translation>Kirjaa p&amp;yyntö</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>What the person asks, in their words</source>
        <translation>Mitä henkilö pyytää, hänen omin sanoin</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Liitä alkuperäinen</translation>
    </message>
    <message>
        <source>A scanned letter or a saved e-mail (optional)</source>
        <translation>Skannattu kirje tai tallennettu sähköposti (valinnainen)</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Valitse henkilö luettelosta.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>A&amp;vaa tietokansio</translation>
    </message>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>Tuo &amp;asiakkaat CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Export &amp;marketing list…</source>
        <translation>Vie &amp;markkinointilista…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Processors and recipients…</source>
        <translation>&amp;Käsittelijät ja vastaanottajat…</translation>
    </message>
    <message>
        <source>&amp;Who has access…</source>
        <translation>Kenellä on &amp;pääsy…</translation>
    </message>
    <message>
        <source>Security re&amp;view…</source>
        <translation>&amp;Tietoturvakäytännöt…</translation>
    </message>
    <message>
        <source>&amp;Data protection officer…</source>
        <translation>Tietosuoja&amp;vastaava…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Tietosuoja Desktop</source>
        <translation>&amp;Tietoja Tietosuoja Desktopista</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>About Tietosuoja Desktop</source>
        <translation>Tietoja Tietosuoja Desktopista</translation>
    </message>
    <message>
        <source>%1 %2

A customer register, data-subject requests and privacy statements for Finnish sole traders. Everything stays on this computer.</source>
        <translation>%1 %2

Asiakasrekisteri, rekisteröityjen pyynnöt ja tietosuojaselosteet suomalaisille yksinyrittäjille. Kaikki tiedot pysyvät tällä tietokoneella.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers are not available.</source>
        <translation>Asiakkaat eivät ole käytettävissä.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>%1 customers · %2 open requests</source>
        <translation>%1 asiakasta · %2 avointa pyyntöä</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Tietokansio: %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Ensimmäinen arvo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Tuodaan kenttään</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>suostumus</translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation>asiakassuhde</translation>
    </message>
    <message>
        <source>business contact</source>
        <translation>yritysyhteyshenkilö</translation>
    </message>
    <message>
        <source>allowed unless refused</source>
        <translation>sallittu, ellei kielletty</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>käsittely rajoitettu</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>suoramarkkinointi kielletty</translation>
    </message>
    <message>
        <source>refused on this channel</source>
        <translation>kieltänyt tässä kanavassa</translation>
    </message>
    <message>
        <source>no address or number</source>
        <translation>ei osoitetta tai numeroa</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>suostumus peruttu</translation>
    </message>
    <message>
        <source>existing-customer basis lapsed</source>
        <translation>asiakassuhdeperuste päättynyt</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>ei suostumusta</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>estolistalla</translation>
    </message>
</context>
<context>
    <name>MarketingDialogs</name>
    <message>
        <source>web form</source>
        <translation>verkkolomake</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>paperilomake</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>henkilökohtaisesti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>web-shop import</source>
        <translation>verkkokaupan tuonti</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>Refused marketing on %1</source>
        <translation>Kieltäytyi markkinoinnista: %1</translation>
    </message>
    <message>
        <source>Allowed marketing on %1 again</source>
        <translation>Salli taas markkinoinnin: %1</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1 (Art 21(2))</source>
        <translation>Kielsi suoramarkkinoinnin: %1 (21 art. 2 kohta)</translation>
    </message>
</context>
<context>
    <name>MarketingExportDialog</name>
    <message>
        <source>Export a marketing list</source>
        <translation>Vie markkinointilista</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Käyttö&amp;tarkoitus:</translation>
    </message>
    <message>
        <source>Marketing channel</source>
        <translation>Markkinointikanava</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Markkinoinnin käyttötarkoitus</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services &amp;similar to those sold</source>
        <translation>Yrityksen &amp;omia, myytyjä vastaavia tuotteita tai palveluja</translation>
    </message>
    <message>
        <source>Customers may then be sent e-mail and SMS without consent (existing-customer rule)</source>
        <translation>Asiakkaille saa silloin lähettää sähköpostia ja tekstiviestejä ilman suostumusta (asiakassuhdesääntö)</translation>
    </message>
    <message>
        <source>It concerns people in their &amp;role at a company</source>
        <translation>Koskee henkilöitä heidän tehtävässään &amp;yrityksessä</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Viennin tulos</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>Markkinoinnin käyttötarkoituksia ei vielä ole: lisää sellainen rekisteriin tai kirjaa suostumus.</translation>
    </message>
    <message>
        <source>marketing list</source>
        <translation>markkinointilista</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-tiedostot (*.csv);;Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 henkilöä viety tiedostoon %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Jätetty pois:</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Se ei onnistunut: %1</translation>
    </message>
    <message>
        <source>The list is still being written; close the window when it is done.</source>
        <translation>Listaa kirjoitetaan vielä; sulje ikkuna, kun se on valmis.</translation>
    </message>
</context>
<context>
    <name>MarketingTab</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Markkinoinnin käyttötarkoitus</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services similar to those sold</source>
        <translation>Yrityksen omia, myytyjä vastaavia tuotteita tai palveluja</translation>
    </message>
    <message>
        <source>It concerns the person&apos;s role at a company</source>
        <translation>Koskee henkilön tehtävää yrityksessä</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>Markkinoinnin käyttötarkoituksia ei vielä ole: lisää sellainen rekisteriin tai kirjaa suostumus.</translation>
    </message>
    <message>
        <source>Consent record (PDF)…</source>
        <translation>Selvitys suostumuksista (PDF)…</translation>
    </message>
    <message>
        <source>Save the person&apos;s consent record as PDF</source>
        <translation>Tallenna henkilön selvitys suostumuksista PDF-tiedostona</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Suostumus…</translation>
    </message>
    <message>
        <source>Record a consent for %1</source>
        <translation>Kirjaa suostumus: %1</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Peruutus…</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent for %1</source>
        <translation>Kirjaa suostumuksen peruutus: %1</translation>
    </message>
    <message>
        <source>Marketing on %1</source>
        <translation>Markkinointi: %1</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Kiellä…</translation>
    </message>
    <message>
        <source>Allow again…</source>
        <translation>Salli taas…</translation>
    </message>
    <message>
        <source>Allow marketing on %1 again</source>
        <translation>Salli taas markkinointi: %1</translation>
    </message>
    <message>
        <source>Refuse marketing on %1</source>
        <translation>Kiellä markkinointi: %1</translation>
    </message>
    <message>
        <source>Save the consent record</source>
        <translation>Tallenna selvitys suostumuksista</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tallentaminen ei onnistunut</translation>
    </message>
    <message>
        <source>Could not save the consent record: %1</source>
        <translation>Selvitystä suostumuksista ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (%2 alkaen)</translation>
    </message>
    <message>
        <source>May be marketed: %1</source>
        <translation>Saa markkinoida: %1</translation>
    </message>
    <message>
        <source>May not: %1</source>
        <translation>Ei saa: %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>T&amp;oista tunnuslause:</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Muista avain tämän tietokoneen avainsäilössä</translation>
    </message>
    <message>
        <source>The program then starts without asking the passphrase. Anyone who can sign in to this computer as you can then open the register too.</source>
        <translation>Ohjelma käynnistyy silloin kysymättä tunnuslausetta. Silloin myös kuka tahansa, joka pääsee kirjautumaan tähän tietokoneeseen sinuna, voi avata rekisterin.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: without it the register and its backups cannot be opened. Write it down and keep it safe.</source>
        <translation>Käytä vähintään %1 merkkiä; muutama toisiinsa liittymätön sana on helppo muistaa ja vaikea arvata. Unohtunutta tunnuslausetta ei voi kukaan palauttaa: ilman sitä rekisteriä ja sen varmuuskopioita ei voi avata. Kirjoita se muistiin ja säilytä turvassa.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Liian lyhyt: vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Vahva tunnuslause.</translation>
    </message>
    <message>
        <source>Fair passphrase: a longer one is harder to guess.</source>
        <translation>Kohtalainen tunnuslause: pidempää on vaikeampi arvata.</translation>
    </message>
    <message>
        <source>Weak passphrase: add a few words.</source>
        <translation>Heikko tunnuslause: lisää muutama sana.</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Record the notification to the authority</source>
        <translation>Kirjaa ilmoitus viranomaiselle</translation>
    </message>
    <message>
        <source>Notify the Data Protection Ombudsman (tietosuoja.fi, the breach notification form), then record here when you did and the case number you were given. The authority had to be notified by %1.</source>
        <translation>Ilmoita Tietosuojavaltuutetun toimistolle (tietosuoja.fi, tietoturvaloukkausilmoituksen lomake) ja kirjaa tähän, milloin ilmoitit ja minkä diaarinumeron sait. Ilmoitus oli tehtävä viimeistään %1.</translation>
    </message>
    <message>
        <source>&amp;Notified:</source>
        <translation>&amp;Ilmoitettu:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diaarinumero:</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Viivästyksen &amp;syyt:</translation>
    </message>
    <message>
        <source>Notified in &amp;phases: more information will follow</source>
        <translation>Ilmoitettu &amp;vaiheittain: lisätietoja toimitetaan myöhemmin</translation>
    </message>
    <message>
        <source>Required when later than 72 hours</source>
        <translation>Pakollinen, jos ilmoitus tehtiin yli 72 tunnin jälkeen</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Write the amount in euros, e.g. 12,50.</source>
        <translation>Kirjoita summa euroina, esim. 12,50.</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Lisää tilaus</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Viite:</translation>
    </message>
    <message>
        <source>e.g. invoice number</source>
        <translation>esim. laskun numero</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>A&amp;mount (€):</source>
        <translation>S&amp;umma (€):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Ei tilauksia.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>avointa pyyntöä</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>erääntyy 7 päivän sisällä</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>past their retention period</source>
        <translation>säilytysaika päättynyt</translation>
    </message>
    <message>
        <source>Requests due within a week or overdue</source>
        <translation>Viikon sisällä erääntyvät ja myöhässä olevat pyynnöt</translation>
    </message>
    <message>
        <source>No request is due within the next seven days.</source>
        <translation>Yksikään pyyntö ei erääny seuraavan seitsemän päivän aikana.</translation>
    </message>
    <message>
        <source>Past the retention period (first 50)</source>
        <translation>Säilytysaika päättynyt (50 ensimmäistä)</translation>
    </message>
    <message>
        <source>Nobody has outlived their register&apos;s retention.</source>
        <translation>Kenenkään säilytysaika ei ole päättynyt.</translation>
    </message>
    <message>
        <source>Erase a&amp;ll…</source>
        <translation>Poista &amp;kaikki…</translation>
    </message>
    <message>
        <source>Erase everyone past retention, after a preview (people on hold are skipped)</source>
        <translation>Poista kaikki säilytysajan ylittäneet esikatselun jälkeen (poistoestossa olevat ohitetaan)</translation>
    </message>
    <message>
        <source>Breaches: notify the Data Protection Ombudsman within 72 hours</source>
        <translation>Tietoturvaloukkaukset: ilmoita Tietosuojavaltuutetun toimistolle 72 tunnin kuluessa</translation>
    </message>
    <message>
        <source>Processor contracts to review (review date passed or within 30 days)</source>
        <translation>Tarkistettavat käsittelijäsopimukset (tarkistuspäivä ohi tai 30 päivän sisällä)</translation>
    </message>
    <message>
        <source>Review securit&amp;y…</source>
        <translation>&amp;Arvioi tietoturva…</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Tänään on %1.</translation>
    </message>
    <message>
        <source>Security has not been reviewed yet: review it once a year (Art 32).</source>
        <translation>Tietoturvaa ei ole vielä arvioitu: arvioi se kerran vuodessa (32 artikla).</translation>
    </message>
    <message>
        <source>The yearly security review is due (next review by %1).</source>
        <translation>Tietoturvan vuosiarviointi on ajankohtainen (seuraava arviointi viimeistään %1).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Allekirjoita sähköisesti</translation>
    </message>
    <message>
        <source>The document is signed as %1 (certificate valid until %2).</source>
        <translation>Asiakirja allekirjoitetaan nimellä %1 (varmenne voimassa %2 asti).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Allekirjoita</translation>
    </message>
    <message>
        <source>The register is encrypted</source>
        <translation>Rekisteri on salattu</translation>
    </message>
    <message>
        <source>Type the passphrase of the register in %1.</source>
        <translation>Kirjoita kansiossa %1 olevan rekisterin tunnuslause.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>&amp;Muista avain tämän tietokoneen avainsäilössä</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>The passphrase does not open the register. Tries left: %1.</source>
        <translation>Tunnuslause ei avaa rekisteriä. Yrityksiä jäljellä: %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomaus</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sovita leveyteen</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Koko sivu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Asiakirjan esikatselu</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>A customer &amp;in the register</source>
        <translation>&amp;Rekisterissä oleva asiakas</translation>
    </message>
    <message>
        <source>Someone &amp;not in the register</source>
        <translation>&amp;Joku, joka ei ole rekisterissä</translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or business ID</source>
        <translation>Kirjoita nimi, sähköposti, puhelin tai Y-tunnus</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Hae rekisteristä</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Löydetyt asiakkaat</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Yhteystieto:</translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation>Postiosoite tai sähköposti vastausta varten</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valittu: %1</translation>
    </message>
    <message>
        <source>No customer found: check the spelling, or choose &quot;Someone not in the register&quot;.</source>
        <translation>Asiakasta ei löytynyt: tarkista kirjoitusasu tai valitse &quot;Joku, joka ei ole rekisterissä&quot;.</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Valitse henkilö luettelosta.</translation>
    </message>
</context>
<context>
    <name>PersonalIdField</name>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Hide the personal identity code</source>
        <translation>Piilota henkilötunnus</translation>
    </message>
    <message>
        <source>Show the personal identity code</source>
        <translation>Näytä henkilötunnus</translation>
    </message>
    <message>
        <source>Hidden. Press Show to see or change the personal identity code.</source>
        <translation>Piilotettu. Paina Näytä nähdäksesi tai muuttaaksesi henkilötunnuksen.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Data protection policy</source>
        <translation>Tietosuojapolitiikka</translation>
    </message>
    <message>
        <source>Your own additions to the data protection policy</source>
        <translation>Omat lisäykset tietosuojapolitiikkaan</translation>
    </message>
    <message>
        <source>The app writes each section from the register: the access list, the request deadlines, the 72 hours for breaches, retention, backups, processors. Add your own rules where they say more; they print after the section. Make the policy on the Documents page: each one made is a new version.</source>
        <translation>Sovellus kirjoittaa jokaisen osion rekisterin tiedoista: pääsyoikeusluettelon, pyyntöjen määräajat, tietoturvaloukkausten 72 tuntia, säilytyksen, varmuuskopiot ja käsittelijät. Lisää omat sääntösi, jos ne kertovat enemmän; ne tulostuvat osion perään. Laadi politiikka Asiakirjat-sivulla: jokainen laadittu on uusi versio.</translation>
    </message>
    <message>
        <source>Latest version: %1, %2</source>
        <translation>Uusin versio: %1, %2</translation>
    </message>
    <message>
        <source>No version has been made yet.</source>
        <translation>Versiota ei ole vielä laadittu.</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <source>Controller and responsibilities</source>
        <translation>Rekisterinpitäjä ja vastuut</translation>
    </message>
    <message>
        <source>Who has access</source>
        <translation>Kenellä on pääsy</translation>
    </message>
    <message>
        <source>Requests from people</source>
        <translation>Rekisteröityjen pyynnöt</translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <source>Retention and erasure</source>
        <translation>Säilytys ja poistaminen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Security and its review</source>
        <translation>Tietoturva ja sen arviointi</translation>
    </message>
    <message>
        <source>Processors and their contracts</source>
        <translation>Käsittelijät ja sopimukset</translation>
    </message>
    <message>
        <source>Briefing and training</source>
        <translation>Perehdytys ja koulutus</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Reasons / duplicate of</source>
        <translation>Syyt / kaksoiskappale rivistä</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>customer %1 in the register (same %2)</source>
        <translation>rekisterin asiakas %1 (sama %2)</translation>
    </message>
    <message>
        <source>line %1 of the file (same %2)</source>
        <translation>tiedoston rivi %1 (sama %2)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Tulosta %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tulostus ei onnistu</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, then try again.</source>
        <translation>Tulostinta ei voitu käyttää. Tarkista, että se on päällä ja kytketty, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>PDF file written</source>
        <translation>PDF-tiedosto tallennettu</translation>
    </message>
    <message>
        <source>The document was written to %1.</source>
        <translation>Asiakirja tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>Processor</name>
    <message>
        <source>Inside the EU/EEA</source>
        <translation>EU:n tai ETA:n sisällä</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Tietosuojan riittävyyttä koskeva päätös</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>EU:n ja Yhdysvaltojen tietosuojakehys (DPF)</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Vakiosopimuslausekkeet</translation>
    </message>
    <message>
        <source>Other safeguard</source>
        <translation>Muu suojatoimi</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Write the date as day.month.year, e.g. 31.1.2026, or leave it empty.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 31.1.2026, tai jätä tyhjäksi.</translation>
    </message>
    <message>
        <source>New processor</source>
        <translation>Uusi käsittelijä</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>A new processor or other recipient</source>
        <translation>Uusi käsittelijä tai muu vastaanottaja</translation>
    </message>
    <message>
        <source>Processor or other recipient</source>
        <translation>Käsittelijä tai muu vastaanottaja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Ser&amp;vice it provides:</source>
        <translation>Pa&amp;lvelu, jonka se tuottaa:</translation>
    </message>
    <message>
        <source>Data it &amp;handles:</source>
        <translation>&amp;Käsittelemät tiedot:</translation>
    </message>
    <message>
        <source>C&amp;ountry where the data is processed:</source>
        <translation>&amp;Maa, jossa tietoja käsitellään:</translation>
    </message>
    <message>
        <source>&amp;Transfer mechanism:</source>
        <translation>S&amp;iirtoperuste:</translation>
    </message>
    <message>
        <source>Contract si&amp;gned on:</source>
        <translation>Sopimus &amp;allekirjoitettu:</translation>
    </message>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Seuraava tarkist&amp;us:</translation>
    </message>
    <message>
        <source>Registers it serves:</source>
        <translation>Rekisterit, joita se palvelee:</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>e.g. web shop platform, bookkeeping</source>
        <translation>esim. verkkokauppa-alusta, kirjanpito</translation>
    </message>
    <message>
        <source>e.g. names, addresses, orders</source>
        <translation>esim. nimet, osoitteet, tilaukset</translation>
    </message>
    <message>
        <source>No registers yet: add one on the Registers page.</source>
        <translation>Rekistereitä ei vielä ole: lisää rekisteri Rekisterit-sivulla.</translation>
    </message>
</context>
<context>
    <name>ProcessorsDialog</name>
    <message>
        <source>Processors and other recipients</source>
        <translation>Käsittelijät ja muut vastaanottajat</translation>
    </message>
    <message>
        <source>Everyone who handles your registers&apos; data on your behalf needs a written contract (Art 28). The privacy statements and the record of processing list them; a review date that has passed or comes within 30 days is marked.</source>
        <translation>Jokaisen, joka käsittelee rekisteriesi tietoja puolestasi, kanssa tarvitaan kirjallinen sopimus (28 artikla). Tietosuojaselosteet ja selosteet käsittelytoimista luettelevat heidät; merkittynä on tarkistuspäivä, joka on ohi tai 30 päivän sisällä.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>&amp;Avaa kopio</translation>
    </message>
    <message>
        <source>Attach a co&amp;py…</source>
        <translation>Liitä sopimuksen &amp;kopio…</translation>
    </message>
    <message>
        <source>Keep the signed contract (a PDF or a scan); a new copy replaces the old</source>
        <translation>Säilytä allekirjoitettu sopimus (PDF tai skannaus); uusi kopio korvaa vanhan</translation>
    </message>
    <message>
        <source>Choose a processor to see its contract copy.</source>
        <translation>Valitse käsittelijä nähdäksesi sopimuksen kopion.</translation>
    </message>
    <message>
        <source>Contract copy: none attached.</source>
        <translation>Sopimuksen kopio: ei liitetty.</translation>
    </message>
    <message>
        <source>Contract copy: %1, attached %2</source>
        <translation>Sopimuksen kopio: %1, liitetty %2</translation>
    </message>
    <message>
        <source>%1 serves these registers: %2. Removing it takes it off their privacy statements and records of processing; requests keep its name as listed. Its contract copy is removed too.</source>
        <translation>%1 palvelee näitä rekistereitä: %2. Poistaminen poistaa sen niiden tietosuojaselosteista ja selosteista käsittelytoimista; pyynnöissä sen nimi säilyy sellaisena kuin se oli listattu. Myös sopimuksen kopio poistetaan.</translation>
    </message>
    <message>
        <source>Remove %1 and its contract copy?</source>
        <translation>Poistetaanko %1 ja sen sopimuksen kopio?</translation>
    </message>
    <message>
        <source>Remove the processor?</source>
        <translation>Poistetaanko käsittelijä?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>The signed contract</source>
        <translation>Allekirjoitettu sopimus</translation>
    </message>
    <message>
        <source>PDF files and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>PDF-tiedostot ja skannaukset (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorsTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Sopimuspäivä</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>Sopimuksen tarkistus</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>Tarkistuspäivä on ohi</translation>
    </message>
    <message>
        <source>The review is due within 30 days</source>
        <translation>Tarkistus on 30 päivän sisällä</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Y&amp;rityksen nimi:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postinumero:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Postitoimipaikka:</translation>
    </message>
    <message>
        <source>Business &amp;ID (Y-tunnus):</source>
        <translation>Y-t&amp;unnus:</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Puhe&amp;linnumero:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>Sähk&amp;öpostiosoite:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Verkkosivut:</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>Rekisteriasioiden y&amp;hteyshenkilö:</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone:</source>
        <translation>Yhteyshenkilön puhelin:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail:</source>
        <translation>Yhteyshenkilön sähköposti:</translation>
    </message>
    <message>
        <source>Who answers questions about privacy (leave empty if it is you, as above):</source>
        <translation>Kuka vastaa tietosuojaa koskeviin kysymyksiin (jätä tyhjäksi, jos se olet sinä yllä olevin tiedoin):</translation>
    </message>
    <message>
        <source>e.g. 1234567-8</source>
        <translation>esim. 1234567-8</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <source>e.g. info@example.fi</source>
        <translation>esim. info@esimerkki.fi</translation>
    </message>
    <message>
        <source>The business ID is valid.</source>
        <translation>Y-tunnus on oikein.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your business</source>
        <translation>Yrityksesi</translation>
    </message>
    <message>
        <source>The controller of the register: every privacy statement and letter carries these details.</source>
        <translation>Rekisterinpitäjä: nämä tiedot tulevat jokaiseen tietosuojaselosteeseen ja kirjeeseen.</translation>
    </message>
</context>
<context>
    <name>PurposesPanel</name>
    <message>
        <source>The consents in force; untick those not withdrawn:</source>
        <translation>Voimassa olevat suostumukset; poista valinta niistä, joita ei peruttu:</translation>
    </message>
    <message>
        <source>No consent is in force for this person. The letter confirms that nothing is processed on consent.</source>
        <translation>Henkilöllä ei ole voimassa olevia suostumuksia. Kirjeessä vahvistetaan, ettei mitään käsitellä suostumuksen perusteella.</translation>
    </message>
</context>
<context>
    <name>PurposesTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Oikeutettu etu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>not yet told</source>
        <translation>ei vielä kerrottu</translation>
    </message>
    <message>
        <source>told</source>
        <translation>kerrottu</translation>
    </message>
    <message>
        <source>not disclosed to this recipient</source>
        <translation>ei luovutettu tälle vastaanottajalle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>In their system</source>
        <translation>Vastaanottajan järjestelmässä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>%1 recipient(s) not yet told (Art 19): tick them, or say why the request is complete without it.</source>
        <translation>%1 vastaanottajalle ei ole vielä kerrottu (19 artikla): merkitse ne tai kerro, miksi pyyntö on valmis ilman sitä.</translation>
    </message>
    <message>
        <source>Only a rectification, erasure or restriction is told on.</source>
        <translation>Vastaanottajille kerrotaan vain oikaisusta, poistosta tai käsittelyn rajoittamisesta.</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Kerrottu</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>&amp;Told…</source>
        <translation>Kerro&amp;ttu…</translation>
    </message>
    <message>
        <source>Record when and how the chosen recipient was told</source>
        <translation>Kirjaa, milloin ja miten valitulle vastaanottajalle kerrottiin</translation>
    </message>
    <message>
        <source>&amp;Not disclosed to</source>
        <translation>Ei l&amp;uovutettu</translation>
    </message>
    <message>
        <source>The person&apos;s data never went to the chosen recipient: nobody to tell</source>
        <translation>Henkilön tietoja ei ole luovutettu valitulle vastaanottajalle: ei kerrottavaa</translation>
    </message>
    <message>
        <source>Untic&amp;k</source>
        <translation>Ei vielä kerr&amp;ottu</translation>
    </message>
    <message>
        <source>The chosen recipient is not yet told after all</source>
        <translation>Valitulle vastaanottajalle ei sittenkään ole vielä kerrottu</translation>
    </message>
    <message>
        <source>Re&amp;cipient list for the person…</source>
        <translation>&amp;Vastaanottajaluettelo henkilölle…</translation>
    </message>
    <message>
        <source>A short letter listing the recipients, when the person asks (Art 19)</source>
        <translation>Lyhyt kirje, jossa luetellaan vastaanottajat, kun henkilö sitä pyytää (19 artikla)</translation>
    </message>
    <message>
        <source>Recipients to tell</source>
        <translation>Vastaanottajat, joille kerrotaan</translation>
    </message>
    <message>
        <source>The list is made when the answer is prepared, from the registers that hold the person: their processors and the recipients they name.</source>
        <translation>Luettelo laaditaan, kun vastaus laaditaan, niistä rekistereistä, joissa henkilö on: niiden käsittelijöistä ja niissä nimetyistä vastaanottajista.</translation>
    </message>
    <message>
        <source>Tell every recipient of the correction, erasure or restriction (Art 19), or mark those the person&apos;s data never went to. Not yet told: %1 of %2.</source>
        <translation>Kerro oikaisusta, poistosta tai rajoittamisesta jokaiselle vastaanottajalle (19 artikla) tai merkitse ne, joille henkilön tietoja ei ole luovutettu. Kertomatta: %1/%2.</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Vastaanottajalle kerrottu</translation>
    </message>
    <message>
        <source>%1 was told of the correction, erasure or restriction.</source>
        <translation>Vastaanottajalle %1 kerrottiin oikaisusta, poistosta tai rajoittamisesta.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>%1 told on %2.</source>
        <translation>%1: kerrottu %2.</translation>
    </message>
    <message>
        <source>%1: not disclosed to.</source>
        <translation>%1: ei luovutettu.</translation>
    </message>
    <message>
        <source>%1: not yet told.</source>
        <translation>%1: ei vielä kerrottu.</translation>
    </message>
    <message>
        <source>List of recipients for the person</source>
        <translation>Vastaanottajaluettelo henkilölle</translation>
    </message>
    <message>
        <source>The letter lists the recipients the person&apos;s data was disclosed to, and whether and when each was told. Those marked not disclosed to are left out.</source>
        <translation>Kirjeessä luetellaan vastaanottajat, joille henkilön tietoja on luovutettu, ja se, onko ja milloin kullekin kerrottu. Ei luovutettu -merkityt jätetään pois.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Laadi kirje</translation>
    </message>
    <message>
        <source>The list of recipients is made and archived.</source>
        <translation>Vastaanottajaluettelo on laadittu ja arkistoitu.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
</context>
<context>
    <name>RectificationPanel</name>
    <message>
        <source>1. Correct or complete the data on the person&apos;s page, and save it there.</source>
        <translation>1. Oikaise tai täydennä tiedot henkilön sivulla ja tallenna ne siellä.</translation>
    </message>
    <message>
        <source>&amp;Open the person&apos;s page…</source>
        <translation>&amp;Avaa henkilön sivu…</translation>
    </message>
    <message>
        <source>2. The fields corrected since the request came in:</source>
        <translation>2. Pyynnön saapumisen jälkeen oikaistut kentät:</translation>
    </message>
    <message>
        <source>No corrections found yet: correct the data on the person&apos;s page first.</source>
        <translation>Oikaisuja ei vielä löytynyt: oikaise ensin tiedot henkilön sivulla.</translation>
    </message>
    <message>
        <source>3. Tell these recipients about the correction (Art 19):</source>
        <translation>3. Ilmoita oikaisusta näille vastaanottajille (19 art.):</translation>
    </message>
    <message>
        <source>3. The person&apos;s registers name no recipients to tell (Art 19).</source>
        <translation>3. Henkilön rekistereissä ei ole nimetty vastaanottajia, joille pitäisi ilmoittaa (19 art.).</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>The register file %1 is missing.</source>
        <translation>Rekisteritiedosto %1 puuttuu.</translation>
    </message>
    <message>
        <source>The register file %1 is empty (0 bytes).</source>
        <translation>Rekisteritiedosto %1 on tyhjä (0 tavua).</translation>
    </message>
    <message>
        <source>The register file %1 is not encrypted, although this folder records it as encrypted.</source>
        <translation>Rekisteritiedosto %1 ei ole salattu, vaikka tähän kansioon on kirjattu sen olevan salattu.</translation>
    </message>
    <message>
        <source>The register file %1 is not an encrypted register, although this folder records it as encrypted.</source>
        <translation>Rekisteritiedosto %1 ei ole salattu rekisteri, vaikka tähän kansioon on kirjattu rekisterin olevan salattu.</translation>
    </message>
    <message>
        <source>Nothing was changed, and no new, empty register was made in its place.</source>
        <translation>Mitään ei muutettu, eikä sen tilalle tehty uutta, tyhjää rekisteriä.</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Rekisteriä ei voi avata</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and start the program again.</source>
        <translation>Palautettavaa varmuuskopiota ei ole. Jos haluat aloittaa sen sijaan uuden, tyhjän rekisterin, siirrä tiedostot pois kansiosta %1 (säilytä ne) ja käynnistä ohjelma uudelleen.</translation>
    </message>
    <message>
        <source>The newest backup is %1. Restore it? People erased after it was taken are erased again. (On the command line: tietosuoja backup restore %2)</source>
        <translation>Uusin varmuuskopio on %1. Palautetaanko se? Sen ottamisen jälkeen poistetut henkilöt poistetaan uudelleen. (Komentorivillä: tietosuoja backup restore %2)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>RegisterEditor</name>
    <message>
        <source>Te&amp;xts written in:</source>
        <translation>Tekstien ki&amp;eli:</translation>
    </message>
    <message>
        <source>The language you write this description in. Its texts in the other languages: Translations… below.</source>
        <translation>Kieli, jolla kirjoitat tämän kuvauksen. Tekstit muilla kielillä: Käännökset… alempana.</translation>
    </message>
    <message>
        <source>Safeguards for the transfers</source>
        <translation>Siirtojen suojatoimet</translation>
    </message>
    <message>
        <source>Safeg&amp;uards:</source>
        <translation>Suo&amp;jatoimet:</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Lisää käyttötarkoitus</translation>
    </message>
    <message>
        <source>&amp;Interest assessment…</source>
        <translation>Oikeutetun e&amp;dun arviointi…</translation>
    </message>
    <message>
        <source>The balancing test behind the selected purpose on legitimate interests (Art 6(1)(f)); save the register first</source>
        <translation>Valitun oikeutettuun etuun perustuvan käyttötarkoituksen tasapainotesti (6 art. 1 f); tallenna rekisteri ensin</translation>
    </message>
    <message>
        <source>Re&amp;move purpose</source>
        <translation>&amp;Poista käyttötarkoitus</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Vuotta:</translation>
    </message>
    <message>
        <source>no automatic rule</source>
        <translation>ei automaattista sääntöä</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Säilytysaika vuosina</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Lasketaan alkaen</translation>
    </message>
    <message>
        <source>Retention described for the reader</source>
        <translation>Säilytysaika lukijalle kerrottuna</translation>
    </message>
    <message>
        <source>Is data &amp;transferred outside the EU/EEA?</source>
        <translation>&amp;Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle?</translation>
    </message>
    <message>
        <source>Must people &amp;give the data, by law or contract?</source>
        <translation>Onko t&amp;ietojen antaminen lakisääteistä tai sopimukseen perustuvaa?</translation>
    </message>
    <message>
        <source>Are &amp;decisions made automatically (Art 22)?</source>
        <translation>Te&amp;hdäänkö automaattisia päätöksiä (22 art.)?</translation>
    </message>
    <message>
        <source>Is the data used for &amp;profiling (e.g. ad targeting, analytics demographics)?</source>
        <translation>Käytetäänkö tietoja pro&amp;filointiin (esim. mainonnan kohdentaminen, analytiikan demografiatiedot)?</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ei vielä tallennettu.</translation>
    </message>
    <message>
        <source>Drawn up %1, last changed %2.</source>
        <translation>Laadittu %1, viimeksi muutettu %2.</translation>
    </message>
    <message>
        <source>No legitimate interest assessment yet for purpose %1: select it and press Interest assessment.</source>
        <translation>Käyttötarkoitukselle %1 ei ole vielä oikeutetun edun arviointia: valitse se ja paina Oikeutetun edun arviointi.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Your first register</source>
        <translation>Ensimmäinen rekisterisi</translation>
    </message>
    <message>
        <source>Filled in from the template: read it through and make it match your work.</source>
        <translation>Täytetty mallista: lue se läpi ja muokkaa vastaamaan omaa toimintaasi.</translation>
    </message>
</context>
<context>
    <name>RegisterSections</name>
    <message>
        <source>Name of the register</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <source>Names the register in its privacy statement.</source>
        <translation>Rekisterin nimi tietosuojaselosteessa.</translation>
    </message>
    <message>
        <source>Whose data is kept</source>
        <translation>Keiden tietoja rekisterissä on</translation>
    </message>
    <message>
        <source>Categories of data subjects, Art 30(1)(c)</source>
        <translation>Rekisteröityjen ryhmät, 30 art. 1 c</translation>
    </message>
    <message>
        <source>e.g. customers and their contact persons</source>
        <translation>esim. asiakkaat ja heidän yhteyshenkilönsä</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Käyttötarkoitukset ja oikeusperusteet</translation>
    </message>
    <message>
        <source>Art 13(1)(c): each purpose with its legal basis; Art 13(1)(d): the interests, where the basis is legitimate interests</source>
        <translation>13 art. 1 c: jokainen käyttötarkoitus oikeusperusteineen; 13 art. 1 d: oikeutetut edut, kun peruste on oikeutettu etu</translation>
    </message>
    <message>
        <source>Personal data in the register</source>
        <translation>Rekisterin tietosisältö</translation>
    </message>
    <message>
        <source>Categories of personal data, Art 14(1)(d)</source>
        <translation>Henkilötietoryhmät, 14 art. 1 d</translation>
    </message>
    <message>
        <source>e.g. name, address, e-mail, orders</source>
        <translation>esim. nimi, osoite, sähköposti, tilaukset</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Mistä tiedot saadaan</translation>
    </message>
    <message>
        <source>Regular sources, Art 14(2)(f)</source>
        <translation>Säännönmukaiset tietolähteet, 14 art. 2 f</translation>
    </message>
    <message>
        <source>e.g. from the customers themselves</source>
        <translation>esim. asiakkailta itseltään</translation>
    </message>
    <message>
        <source>Recipients and regular disclosures</source>
        <translation>Vastaanottajat ja säännönmukaiset luovutukset</translation>
    </message>
    <message>
        <source>Recipients, Art 13(1)(e)</source>
        <translation>Vastaanottajat, 13 art. 1 e</translation>
    </message>
    <message>
        <source>e.g. the carrier; or: no regular disclosures</source>
        <translation>esim. kuljetusyhtiö; tai: ei säännönmukaisia luovutuksia</translation>
    </message>
    <message>
        <source>Processors (service providers)</source>
        <translation>Käsittelijät (palveluntarjoajat)</translation>
    </message>
    <message>
        <source>Art 13(1)(e) and Art 28</source>
        <translation>13 art. 1 e ja 28 art.</translation>
    </message>
    <message>
        <source>e.g. the accountant, the e-mail service</source>
        <translation>esim. tilitoimisto, sähköpostipalvelu</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Siirrot EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Transfers and their safeguards, Art 13(1)(f)</source>
        <translation>Siirrot ja niiden suojatoimet, 13 art. 1 f</translation>
    </message>
    <message>
        <source>e.g. the EU Commission&apos;s standard contractual clauses</source>
        <translation>esim. EU:n komission vakiosopimuslausekkeet</translation>
    </message>
    <message>
        <source>How long the data is kept</source>
        <translation>Kuinka kauan tietoja säilytetään</translation>
    </message>
    <message>
        <source>Retention period or its criteria, Art 13(2)(a)</source>
        <translation>Säilytysaika tai sen määrittämisen perusteet, 13 art. 2 a</translation>
    </message>
    <message>
        <source>e.g. five years after the last order; vouchers six years</source>
        <translation>esim. viisi vuotta viimeisestä tilauksesta; tositteet kuusi vuotta</translation>
    </message>
    <message>
        <source>Must the data be given?</source>
        <translation>Onko tietojen antaminen pakollista?</translation>
    </message>
    <message>
        <source>Statutory or contractual requirement and what follows if not given, Art 13(2)(e)</source>
        <translation>Lakisääteinen tai sopimukseen perustuva vaatimus ja seuraukset, jos tietoja ei anneta, 13 art. 2 e</translation>
    </message>
    <message>
        <source>Automated decisions and profiling</source>
        <translation>Automaattiset päätökset ja profilointi</translation>
    </message>
    <message>
        <source>Art 13(2)(f) and Art 22: answer both questions; describe the logic and its effects when the answer is yes</source>
        <translation>13 art. 2 f ja 22 art.: vastaa molempiin kysymyksiin; jos vastaus on kyllä, kuvaa käytetty logiikka ja sen vaikutukset</translation>
    </message>
    <message>
        <source>Protecting manual material</source>
        <translation>Manuaalisen aineiston suojaus</translation>
    </message>
    <message>
        <source>Security of processing, Art 32</source>
        <translation>Käsittelyn turvallisuus, 32 art.</translation>
    </message>
    <message>
        <source>e.g. papers in a locked cabinet</source>
        <translation>esim. paperit lukitussa kaapissa</translation>
    </message>
    <message>
        <source>Organisational measures</source>
        <translation>Organisatoriset suojatoimet</translation>
    </message>
    <message>
        <source>e.g. confidentiality undertakings, access only for those who need it, training</source>
        <translation>esim. vaitiolositoumukset, käyttöoikeudet vain tarvitseville, koulutus</translation>
    </message>
    <message>
        <source>Protecting electronic data</source>
        <translation>Sähköisesti käsiteltävien tietojen suojaus</translation>
    </message>
    <message>
        <source>e.g. encrypted disk, passwords, backups</source>
        <translation>esim. salattu levy, salasanat, varmuuskopiot</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Evästeet</translation>
    </message>
    <message>
        <source>Where a web site feeds the register (Electronic Communications Services Act, section 205)</source>
        <translation>Kun rekisteriin kerätään tietoja verkkosivuilta (laki sähköisen viestinnän palveluista, 205 §)</translation>
    </message>
</context>
<context>
    <name>RegisterTemplateDialog</name>
    <message>
        <source>New register from a template</source>
        <translation>Uusi rekisteri mallipohjasta</translation>
    </message>
    <message>
        <source>The template fills in every section of the privacy statement in the language of your documents, with its translations. Check and edit it, then save.</source>
        <translation>Mallipohja täyttää tietosuojaselosteen jokaisen kohdan asiakirjojesi kielellä käännöksineen. Tarkista ja muokkaa tekstit ja tallenna sitten.</translation>
    </message>
</context>
<context>
    <name>RegisterTranslationsDialog</name>
    <message>
        <source>Purpose %1</source>
        <translation>Käyttötarkoitus %1</translation>
    </message>
    <message>
        <source>Legitimate interest, purpose %1</source>
        <translation>Oikeutettu etu, käyttötarkoitus %1</translation>
    </message>
    <message>
        <source>Translations of the register description</source>
        <translation>Rekisterin kuvauksen käännökset</translation>
    </message>
    <message>
        <source>Write each text in the other language under its original. A statement in that language prints the translations; what is left empty is printed as written.</source>
        <translation>Kirjoita kukin teksti toisella kielellä alkuperäisen alle. Sen kielinen seloste näyttää käännökset; tyhjiksi jätetyt tekstit näkyvät sellaisinaan.</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Käännä kielelle:</translation>
    </message>
    <message>
        <source>The original has changed since this was translated: check it and save.</source>
        <translation>Alkuperäinen teksti on muuttunut käännöksen jälkeen: tarkista käännös ja tallenna.</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>Each register has its own privacy statement. Fill in every section; the form tells which requirement of the GDPR each one meets.</source>
        <translation>Jokaisella rekisterillä on oma tietosuojaselosteensa. Täytä kaikki kohdat; lomake kertoo, mitä tietosuoja-asetuksen vaatimusta kukin kohta täyttää.</translation>
    </message>
    <message>
        <source>&amp;New register</source>
        <translation>&amp;Uusi rekisteri</translation>
    </message>
    <message>
        <source>Fr&amp;om template…</source>
        <translation>K&amp;äytä mallipohjaa…</translation>
    </message>
    <message>
        <source>A new register filled in from a template</source>
        <translation>Uusi rekisteri, joka täytetään mallipohjasta</translation>
    </message>
    <message>
        <source>The access list: confidentiality undertakings and briefings (Art 29, 32(4))</source>
        <translation>Pääsyoikeusluettelo: vaitiolositoumukset ja perehdytykset (29 artikla, 32 artiklan 4 kohta)</translation>
    </message>
    <message>
        <source>Who has access…</source>
        <translation>Kenellä on pääsy…</translation>
    </message>
    <message>
        <source>Processors and recipients…</source>
        <translation>Käsittelijät ja vastaanottajat…</translation>
    </message>
    <message>
        <source>Who handles the registers&apos; data for you, their contracts and reviews (Art 28)</source>
        <translation>Kuka käsittelee rekisterien tietoja puolestasi, sopimukset ja niiden tarkistukset (28 artikla)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Pe&amp;ru muutokset</translation>
    </message>
    <message>
        <source>Trans&amp;lations…</source>
        <translation>&amp;Käännökset…</translation>
    </message>
    <message>
        <source>The texts of this description in the other languages, for the statements</source>
        <translation>Tämän kuvauksen tekstit muilla kielillä selosteita varten</translation>
    </message>
    <message>
        <source>DPIA s&amp;creening…</source>
        <translation>Vaikutustenarviointi…</translation>
    </message>
    <message>
        <source>Screen this register for a data protection impact assessment (Art 35)</source>
        <translation>Arvioi, tarvitaanko rekisterille tietosuojaa koskeva vaikutustenarviointi (35 art.)</translation>
    </message>
    <message>
        <source>Security review…</source>
        <translation>Tietoturvakäytännöt…</translation>
    </message>
    <message>
        <source>Data protection officer…</source>
        <translation>Tietosuojavastaava…</translation>
    </message>
    <message>
        <source>The yearly review of the risks and the security measures (Art 32)</source>
        <translation>Riskien ja suojatoimien vuosittainen arviointi (32 artikla)</translation>
    </message>
    <message>
        <source>Record whether a data protection officer is needed and why (Art 37)</source>
        <translation>Kirjaa, tarvitaanko tietosuojavastaava ja miksi (37 artikla)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The register description has unsaved changes. Save them?</source>
        <translation>Rekisterin kuvauksessa on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
    </message>
    <message>
        <source>This register has not been screened for a DPIA yet: press DPIA screening.</source>
        <translation>Rekisterin vaikutustenarvioinnin tarvetta ei ole vielä arvioitu: paina Vaikutustenarviointi.</translation>
    </message>
    <message>
        <source>The screening found a DPIA needed, and none is recorded yet: press DPIA screening.</source>
        <translation>Tarvearvion mukaan vaikutustenarviointi tarvitaan, mutta sitä ei ole vielä kirjattu: paina Vaikutustenarviointi.</translation>
    </message>
</context>
<context>
    <name>RegistersTableModel</name>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöitä</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muutettu</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Wait until the step under way has finished.</source>
        <translation>Odota, kunnes käynnissä oleva vaihe on valmis.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
    <message>
        <source>Acknowledge the request</source>
        <translation>Kuittaa pyyntö</translation>
    </message>
    <message>
        <source>The letter confirms that the request was received on %1 and says it will be answered by %2 at the latest.</source>
        <translation>Kirjeessä vahvistetaan, että pyyntö saapui %1, ja kerrotaan, että siihen vastataan viimeistään %2.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Laadi kirje</translation>
    </message>
    <message>
        <source>The acknowledgement is made.</source>
        <translation>Kuittaus on laadittu.</translation>
    </message>
    <message>
        <source>Ask for proof of identity</source>
        <translation>Pyydä todistus henkilöllisyydestä</translation>
    </message>
    <message>
        <source>Where you have reasonable doubts about who is asking (Art 12(6)), ask for proof of identity. The request cannot be fulfilled until the proof has arrived.</source>
        <translation>Jos sinulla on perusteltua syytä epäillä pyytäjän henkilöllisyyttä (12 art. 6), pyydä todistus henkilöllisyydestä. Pyyntöä ei voi täyttää ennen kuin todistus on saapunut.</translation>
    </message>
    <message>
        <source>What is in doubt (the letter states it):</source>
        <translation>Mikä on epäselvää (mainitaan kirjeessä):</translation>
    </message>
    <message>
        <source>Ask and make the letter</source>
        <translation>Pyydä ja laadi kirje</translation>
    </message>
    <message>
        <source>Proof of identity asked for: the request waits until it arrives.</source>
        <translation>Todistusta henkilöllisyydestä pyydetty: pyyntö odottaa sen saapumista.</translation>
    </message>
    <message>
        <source>Proof of identity received: the request can now be fulfilled.</source>
        <translation>Todistus henkilöllisyydestä saatu: pyynnön voi nyt täyttää.</translation>
    </message>
    <message>
        <source>Marked: the identity could not be verified. You may refuse the request (Art 12(2)).</source>
        <translation>Merkitty: henkilöllisyyttä ei voitu todentaa. Voit hylätä pyynnön (12 art. 2).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Jatka määräaikaa</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2 (three months from receipt, Art 12(3)). The person must be told of the extension and the reasons by %3.</source>
        <translation>Määräpäivä siirtyy %1 → %2 (kolme kuukautta saapumisesta, 12 art. 3). Henkilölle on ilmoitettava jatkamisesta ja sen syistä viimeistään %3.</translation>
    </message>
    <message>
        <source>Why more time is needed (the notice states it):</source>
        <translation>Miksi tarvitaan lisäaikaa (mainitaan ilmoituksessa):</translation>
    </message>
    <message>
        <source>Extend and make the notice</source>
        <translation>Jatka ja laadi ilmoitus</translation>
    </message>
    <message>
        <source>Extended: the new due date is %1.</source>
        <translation>Jatkettu: uusi määräpäivä on %1.</translation>
    </message>
    <message>
        <source>Refuse or take no action</source>
        <translation>Hylkää tai jätä toimimatta</translation>
    </message>
    <message>
        <source>The letter gives your reason and tells the person of the right to lodge a complaint with the supervisory authority and to seek a judicial remedy (Art 12(4)).</source>
        <translation>Kirjeessä kerrotaan perustelusi sekä henkilön oikeus tehdä valitus valvontaviranomaiselle ja saattaa asia tuomioistuimen käsiteltäväksi (12 art. 4).</translation>
    </message>
    <message>
        <source>Why the request is refused (the letter states it):</source>
        <translation>Miksi pyyntö hylätään (mainitaan kirjeessä):</translation>
    </message>
    <message>
        <source>Refuse and make the letter</source>
        <translation>Hylkää ja laadi kirje</translation>
    </message>
    <message>
        <source>Refused. The letter names the supervisory authority.</source>
        <translation>Hylätty. Kirjeessä mainitaan valvontaviranomainen.</translation>
    </message>
    <message>
        <source>Mark the request withdrawn</source>
        <translation>Merkitse pyyntö perutuksi</translation>
    </message>
    <message>
        <source>The person has withdrawn the request. No letter is made.</source>
        <translation>Henkilö on perunut pyyntönsä. Kirjettä ei laadita.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Huomautus (valinnainen):</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Merkitse perutuksi</translation>
    </message>
    <message>
        <source>Marked withdrawn: the clock has stopped.</source>
        <translation>Merkitty perutuksi: määräajan laskenta on pysähtynyt.</translation>
    </message>
    <message>
        <source>Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say below why the request is complete without it.</source>
        <translation>Vielä kertomatta (19 artikla): %1. Merkitse ne Vastaanottajat-välilehdellä tai kerro alla, miksi pyyntö on valmis ilman sitä.</translation>
    </message>
    <message>
        <source>Mark the answer sent</source>
        <translation>Merkitse vastaus lähetetyksi</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: send it there, then mark the request sent.</source>
        <translation>Sähköposti on auki sähköpostiohjelmassasi: lähetä se siellä ja merkitse sitten pyyntö lähetetyksi.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail. It is saved as %1: open it yourself, then mark the request sent once it has gone.</source>
        <translation>Mikään sähköpostiohjelma ei avannut viestiä. Se on tallennettu tiedostoon %1: avaa se itse ja merkitse pyyntö lähetetyksi, kun viesti on lähtenyt.</translation>
    </message>
    <message>
        <source>The request is completed on the day the answer went to the person. The due date is %1.</source>
        <translation>Pyyntö on käsitelty sinä päivänä, jona vastaus lähti henkilölle. Määräaika on %1.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Merkitse lähetetyksi</translation>
    </message>
    <message>
        <source>Why it is complete while recipients are not yet &amp;told:</source>
        <translation>Miksi pyyntö on valmis, vaikka vastaanottajille ei ole vielä &amp;kerrottu:</translation>
    </message>
    <message>
        <source>Give the reason, or tick the recipients first.</source>
        <translation>Kerro syy tai merkitse ensin vastaanottajat.</translation>
    </message>
    <message>
        <source>Sent on %1: the request is completed.</source>
        <translation>Lähetetty %1: pyyntö on käsitelty.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Select a request to see its clock, its timeline and what to do next.</source>
        <translation>Valitse pyyntö nähdäksesi sen määräajan, aikajanan ja seuraavan vaiheen.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Henkilö:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Yhteystieto:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Saapunut:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Henkilöllisyys:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Kuvaus:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Lopputulos:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Lähetetty:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Alkuperäiset</translation>
    </message>
    <message>
        <source>Recipients (Art 19)</source>
        <translation>Vastaanottajat (19 art.)</translation>
    </message>
    <message>
        <source>Originals (%1)</source>
        <translation>Alkuperäiset (%1)</translation>
    </message>
    <message>
        <source>Recipients (Art 19): %1 not yet told</source>
        <translation>Vastaanottajat (19 art.): %1 kertomatta</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>Nro %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2: the clock has stopped.</source>
        <translation>%1 %2: määräajan laskenta on pysähtynyt.</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1: määräpäivä %2, %3</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Jatkettu %1: %2</translation>
    </message>
    <message>
        <source>An extension must be notified by %1.</source>
        <translation>Jatkamisesta on ilmoitettava viimeistään %1.</translation>
    </message>
    <message>
        <source>%1 (not in the register)</source>
        <translation>%1 (ei rekisterissä)</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>oikaistu: %1</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Ha&amp;e:</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Nimi tai numero</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Hae pyyntöjä</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>N&amp;äytä:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tyy&amp;ppi:</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>Kirj&amp;aa pyyntö…</translation>
    </message>
    <message>
        <source>Log a request that has arrived (Ctrl+N)</source>
        <translation>Kirjaa saapunut pyyntö (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Pyyntö&amp;luettelo…</translation>
    </message>
    <message>
        <source>All requests of a period as PDF and CSV, for the supervisory authority</source>
        <translation>Ajanjakson kaikki pyynnöt PDF- ja CSV-muodossa valvontaviranomaista varten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Save %1</source>
        <translation>Tallenna %1</translation>
    </message>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Merkit, joita asiakirjaan ei voi tulostaa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Pyyntöluettelo</translation>
    </message>
    <message>
        <source>Every request received in the period, with the dates it was received, due and answered and its outcome: the record to show the supervisory authority that requests are handled (Art 5(2)).</source>
        <translation>Kaikki ajanjakson aikana saapuneet pyynnöt saapumis-, määrä- ja vastauspäivineen sekä lopputuloksineen: tällä osoitat valvontaviranomaiselle, että pyynnöt käsitellään (5 art. 2).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Save PDF and CSV…</source>
        <translation>&amp;Tallenna PDF ja CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Ajanjakson on alettava ennen kuin se päättyy.</translation>
    </message>
    <message>
        <source>Request log %1–%2</source>
        <translation>Pyyntöluettelo %1–%2</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Tallenna pyyntöluettelo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Tallennettu %1 ja %2.</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Re&amp;quest</source>
        <translation>P&amp;yyntö</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>Kirj&amp;aa pyyntö…</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Pyyntö&amp;luettelo…</translation>
    </message>
    <message>
        <source>Answer the re&amp;quest…</source>
        <translation>&amp;Vastaa pyyntöön…</translation>
    </message>
</context>
<context>
    <name>RequestMessages</name>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea tai kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was changed.</source>
        <translation>Tunnuslause ei avaa allekirjoitusavaintasi. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The letter could not be signed (%1). Check the request&apos;s timeline for what was done.</source>
        <translation>Kirjettä ei voitu allekirjoittaa (%1). Tarkista pyynnön aikajanalta, mitä tehtiin.</translation>
    </message>
</context>
<context>
    <name>RequestNames</name>
    <message>
        <source>Request logged</source>
        <translation>Pyyntö kirjattu</translation>
    </message>
    <message>
        <source>Original attached</source>
        <translation>Alkuperäinen liitetty</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Käsittely aloitettu</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>Vastaanotto kuitattu</translation>
    </message>
    <message>
        <source>Proof of identity asked for by letter</source>
        <translation>Todistusta henkilöllisyydestä pyydetty kirjeellä</translation>
    </message>
    <message>
        <source>Extension notified</source>
        <translation>Jatkamisesta ilmoitettu</translation>
    </message>
    <message>
        <source>Refusal sent</source>
        <translation>Hylkäys lähetetty</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Odottaa todistusta henkilöllisyydestä</translation>
    </message>
    <message>
        <source>Proof of identity received</source>
        <translation>Todistus henkilöllisyydestä saatu</translation>
    </message>
    <message>
        <source>Identity could not be verified</source>
        <translation>Henkilöllisyyttä ei voitu todentaa</translation>
    </message>
    <message>
        <source>No proof of identity needed</source>
        <translation>Todistusta henkilöllisyydestä ei tarvita</translation>
    </message>
    <message>
        <source>Deadline extended by two months</source>
        <translation>Määräaikaa jatkettu kahdella kuukaudella</translation>
    </message>
    <message>
        <source>Completion letter prepared</source>
        <translation>Vastauskirje laadittu</translation>
    </message>
    <message>
        <source>No-data-held letter prepared</source>
        <translation>Kirje tietojen puuttumisesta laadittu</translation>
    </message>
    <message>
        <source>Identity: the contact matches the register&apos;s details</source>
        <translation>Henkilöllisyys: yhteystieto vastaa rekisterin tietoja</translation>
    </message>
    <message>
        <source>Identity certain, in the user&apos;s view</source>
        <translation>Henkilöllisyys varma käyttäjän arvion mukaan</translation>
    </message>
    <message>
        <source>Identity not confirmed: the contact is not the register&apos;s</source>
        <translation>Henkilöllisyyttä ei varmistettu: yhteystieto ei ole rekisterin</translation>
    </message>
    <message>
        <source>Access report prepared</source>
        <translation>Tarkastusselvitys laadittu</translation>
    </message>
    <message>
        <source>Corrected fields recorded</source>
        <translation>Oikaistut kentät kirjattu</translation>
    </message>
    <message>
        <source>Data exported (ZIP)</source>
        <translation>Tiedot viety (ZIP)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Answer ready to send</source>
        <translation>Vastaus valmis lähetettäväksi</translation>
    </message>
    <message>
        <source>Answer sent, request completed</source>
        <translation>Vastaus lähetetty, pyyntö käsitelty</translation>
    </message>
    <message>
        <source>Refused or no action</source>
        <translation>Hylätty tai ei toimenpiteitä</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>Henkilö perui pyynnön</translation>
    </message>
    <message>
        <source>Recipients to tell listed (Art 19)</source>
        <translation>Vastaanottajat, joille kerrotaan, lueteltu (19 artikla)</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Vastaanottajalle kerrottu</translation>
    </message>
    <message>
        <source>Recipient marked as not disclosed to</source>
        <translation>Vastaanottaja merkitty: ei luovutettu</translation>
    </message>
    <message>
        <source>Recipient not yet told after all</source>
        <translation>Vastaanottajalle ei sittenkään vielä kerrottu</translation>
    </message>
    <message>
        <source>Completed before every recipient was told, because</source>
        <translation>Valmis ennen kuin kaikille vastaanottajille kerrottiin, koska</translation>
    </message>
    <message>
        <source>List of recipients given to the person</source>
        <translation>Vastaanottajaluettelo annettu henkilölle</translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation>Kuittauskirje</translation>
    </message>
    <message>
        <source>Identity request letter</source>
        <translation>Henkilöllisyyden todistuspyyntö</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Ilmoitus määräajan jatkamisesta</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Hylkäyskirje</translation>
    </message>
    <message>
        <source>Completion letter</source>
        <translation>Valmistumiskirje</translation>
    </message>
    <message>
        <source>No-data-held letter</source>
        <translation>Kirje, ettei tietoja ole</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Tarkastusselvitys</translation>
    </message>
    <message>
        <source>Data export (ZIP)</source>
        <translation>Tietojen vienti (ZIP)</translation>
    </message>
    <message>
        <source>List of recipients</source>
        <translation>Vastaanottajaluettelo</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ei tarvita</translation>
    </message>
    <message>
        <source>proof asked for on %1, not yet received</source>
        <translation>todistusta pyydetty %1, ei vielä saapunut</translation>
    </message>
    <message>
        <source>proof received on %2</source>
        <translation>todistus saatu %2</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>ei voitu todentaa</translation>
    </message>
    <message>
        <source>matches the register&apos;s details</source>
        <translation>vastaa rekisterin tietoja</translation>
    </message>
    <message>
        <source>certain (reason in the timeline)</source>
        <translation>varma (perustelu aikajanalla)</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>ei varmistettu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Luovutettu henkilökohtaisesti</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tapaa ei kirjattu</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>poistettu henkilön tietojen poistossa %1</translation>
    </message>
    <message>
        <source>access report sent</source>
        <translation>tarkastusselvitys lähetetty</translation>
    </message>
    <message>
        <source>the person erased</source>
        <translation>henkilö poistettu</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>ei tallennettuja tietoja</translation>
    </message>
    <message>
        <source>data corrected</source>
        <translation>tiedot oikaistu</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>käsittely rajoitettu</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>tiedot viety</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>vastustaminen kirjattu</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>suoramarkkinointi kielletty</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>suostumus peruttu</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <source>Send the access report…</source>
        <translation>Lähetä tarkastusselvitys…</translation>
    </message>
    <message>
        <source>Record the corrections…</source>
        <translation>Kirjaa oikaisut…</translation>
    </message>
    <message>
        <source>Erase the person…</source>
        <translation>Poista henkilö…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Vie tiedot…</translation>
    </message>
    <message>
        <source>Record the objection…</source>
        <translation>Kirjaa vastustaminen…</translation>
    </message>
    <message>
        <source>Stop direct marketing…</source>
        <translation>Lopeta suoramarkkinointi…</translation>
    </message>
    <message>
        <source>Record the withdrawal…</source>
        <translation>Kirjaa peruutus…</translation>
    </message>
    <message>
        <source>Send the access report.</source>
        <translation>Lähetä tarkastusselvitys.</translation>
    </message>
    <message>
        <source>Correct the data on the person&apos;s page, then record the corrections.</source>
        <translation>Oikaise tiedot henkilön sivulla ja kirjaa sitten oikaisut.</translation>
    </message>
    <message>
        <source>Check what is erased and what is kept, then erase.</source>
        <translation>Tarkista, mitä poistetaan ja mitä säilytetään, ja poista sitten.</translation>
    </message>
    <message>
        <source>Mark the person restricted.</source>
        <translation>Merkitse henkilö rajoitetuksi.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data as a ZIP file.</source>
        <translation>Vie henkilön tiedot ZIP-tiedostona.</translation>
    </message>
    <message>
        <source>Record the objection.</source>
        <translation>Kirjaa vastustaminen.</translation>
    </message>
    <message>
        <source>Prohibit direct marketing to the person.</source>
        <translation>Kiellä suoramarkkinointi henkilölle.</translation>
    </message>
    <message>
        <source>Record which consents are withdrawn.</source>
        <translation>Kirjaa, mitkä suostumukset peruttiin.</translation>
    </message>
    <message>
        <source>Send the no-data-held letter…</source>
        <translation>Lähetä kirje, ettei tietoja ole…</translation>
    </message>
    <message>
        <source>Ready to send: %1. Send it to the person, then mark it sent.</source>
        <translation>Valmis lähetettäväksi: %1. Lähetä se henkilölle ja merkitse sitten lähetetyksi.</translation>
    </message>
    <message>
        <source>Waiting for proof of identity, asked for on %1. Mark it received or failed.</source>
        <translation>Odottaa todistusta henkilöllisyydestä, pyydetty %1. Merkitse se saaduksi tai todentaminen epäonnistuneeksi.</translation>
    </message>
    <message>
        <source>The identity could not be verified: refuse the request (Art 12(2)) or ask again.</source>
        <translation>Henkilöllisyyttä ei voitu todentaa: hylkää pyyntö (12 art. 2) tai pyydä todistusta uudelleen.</translation>
    </message>
    <message>
        <source>Identity not confirmed: ask for proof of identity (Art 12(6)).</source>
        <translation>Henkilöllisyyttä ei ole varmistettu: pyydä todiste henkilöllisyydestä (12 art. 6).</translation>
    </message>
    <message>
        <source>The person is not in the register: send the no-data-held letter.</source>
        <translation>Henkilö ei ole rekisterissä: lähetä kirje, ettei tietoja ole.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Seuraavaksi: %1</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>The request is already closed (%1).</source>
        <translation>Pyyntö on jo suljettu (%1).</translation>
    </message>
    <message>
        <source>The request has already been extended.</source>
        <translation>Pyynnön määräaikaa on jo jatkettu.</translation>
    </message>
    <message>
        <source>Too late to extend: the person had to be told of an extension by %1.</source>
        <translation>Määräaikaa ei voi enää jatkaa: jatkamisesta olisi pitänyt ilmoittaa henkilölle viimeistään %1.</translation>
    </message>
    <message>
        <source>Prepare the answer first: nothing is ready to send.</source>
        <translation>Laadi vastaus ensin: mitään ei ole valmiina lähetettäväksi.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>Pyyntö on jo suljettu.</translation>
    </message>
    <message>
        <source>The answer is already prepared: send it and mark it sent.</source>
        <translation>Vastaus on jo laadittu: lähetä se ja merkitse lähetetyksi.</translation>
    </message>
    <message>
        <source>Proof of identity was asked for and has not arrived yet.</source>
        <translation>Todistusta henkilöllisyydestä on pyydetty, mutta se ei ole vielä saapunut.</translation>
    </message>
    <message>
        <source>Correct the person&apos;s data first: no changed fields were found.</source>
        <translation>Oikaise ensin henkilön tiedot: muutettuja kenttiä ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open requests</source>
        <translation>Avoimet pyynnöt</translation>
    </message>
    <message>
        <source>Due within a week or overdue</source>
        <translation>Viikon sisällä erääntyvät tai myöhässä</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Suljetut pyynnöt</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Kaikki pyynnöt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>No requests match the search and filters.</source>
        <translation>Haku ja suodattimet eivät löydä yhtään pyyntöä.</translation>
    </message>
    <message>
        <source>No open requests. Log a request that arrives with Log a request (Ctrl+N).</source>
        <translation>Ei avoimia pyyntöjä. Kirjaa saapuva pyyntö valitsemalla Kirjaa pyyntö (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>No requests from this person. Requests are logged on the Requests page.</source>
        <translation>Tältä henkilöltä ei ole pyyntöjä. Pyynnöt kirjataan Pyynnöt-sivulla.</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(poistettu henkilö)</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message>
        <source>on legal hold</source>
        <translation>poistoesto</translation>
    </message>
    <message>
        <source>a request still open</source>
        <translation>käsittelemätön tietosuojapyyntö</translation>
    </message>
    <message>
        <source>processing restricted (Art 18)</source>
        <translation>käsittelyä rajoitettu (18 art.)</translation>
    </message>
    <message>
        <source>kept by another register&apos;s retention rule</source>
        <translation>toisen rekisterin säilytysaika ei ole päättynyt</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Erase everyone past retention</source>
        <translation>Poista kaikki säilytysajan ylittäneet</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Luetaan rekisteriä…</translation>
    </message>
    <message>
        <source>People to erase:</source>
        <translation>Poistettavia henkilöitä:</translation>
    </message>
    <message>
        <source>Orders kept anonymised for bookkeeping:</source>
        <translation>Kirjanpitoa varten ilman henkilöä säilytettäviä tilauksia:</translation>
    </message>
    <message>
        <source>Orders deleted:</source>
        <translation>Poistettavia tilauksia:</translation>
    </message>
    <message>
        <source>Archived documents deleted:</source>
        <translation>Poistettavia arkistoituja asiakirjoja:</translation>
    </message>
    <message>
        <source>Erasure cannot be undone. Each person is erased whole or not at all; Cancel stops between people. A report without names (Poistoajo) is archived as evidence.</source>
        <translation>Poistoa ei voi perua. Jokainen henkilö poistetaan kokonaan tai ei lainkaan; Peruuta pysäyttää ajon henkilöiden välissä. Nimetön raportti (Poistoajo) arkistoidaan todisteeksi.</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Poista kaikki…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Skipped, %1:</source>
        <translation>Ohitetaan, %1:</translation>
    </message>
    <message>
        <source>Retention periods counted for %1.</source>
        <translation>Säilytysajat laskettu päivälle %1.</translation>
    </message>
    <message>
        <source>%1: %2 years %3 (%4 people)</source>
        <translation>%1: %2 vuotta %3 (%4 henkilöä)</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first: the report names the business.</source>
        <translation>Täytä ensin yrityksen tiedot: raportissa on yrityksen nimi.</translation>
    </message>
    <message>
        <source>&amp;Erase %1 people…</source>
        <translation>&amp;Poista %1 henkilöä…</translation>
    </message>
    <message>
        <source>Nobody can be erased now.</source>
        <translation>Ketään ei voi nyt poistaa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Erase %1 people for good?</source>
        <translation>Poistetaanko %1 henkilöä pysyvästi?</translation>
    </message>
    <message>
        <source>Their customer data, consents, contacts and the orders bookkeeping no longer needs are deleted, and %1 orders are kept without them. This cannot be undone.</source>
        <translation>Heidän asiakastietonsa, suostumuksensa, yhteydenottonsa ja tilaukset, joita kirjanpito ei enää tarvitse, poistetaan; %1 tilausta säilytetään ilman heitä. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <source>Stopping after the person being erased…</source>
        <translation>Pysäytetään, kun käsiteltävänä oleva henkilö on poistettu…</translation>
    </message>
    <message>
        <source>Erased %1 of %2.</source>
        <translation>Poistettu %1/%2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 people erased; the others were not touched.</source>
        <translation>Keskeytetty: %1/%2 henkilöä poistettu; muihin ei koskettu.</translation>
    </message>
    <message>
        <source>%1 of %2 people erased.</source>
        <translation>%1/%2 henkilöä poistettu.</translation>
    </message>
    <message>
        <source>The report (Poistoajo) is in the document archive.</source>
        <translation>Raportti (Poistoajo) on asiakirja-arkistossa.</translation>
    </message>
    <message>
        <source>The erasure stopped on an error; see the log.</source>
        <translation>Poisto pysähtyi virheeseen; katso loki.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Laskettu alkaen</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Säilytysaika päättyi</translation>
    </message>
</context>
<context>
    <name>SecurityReview</name>
    <message>
        <source>A lost or stolen laptop</source>
        <translation>Kannettava tietokone katoaa tai varastetaan</translation>
    </message>
    <message>
        <source>Ransomware or another virus locks or destroys the files</source>
        <translation>Kiristyshaittaohjelma tai muu virus lukitsee tai tuhoaa tiedostot</translation>
    </message>
    <message>
        <source>The e-mail account is taken over by phishing</source>
        <translation>Sähköpostitili kaapataan tietojenkalastelulla</translation>
    </message>
    <message>
        <source>Personal data sent to the wrong recipient</source>
        <translation>Henkilötietoja lähtee väärälle vastaanottajalle</translation>
    </message>
    <message>
        <source>Paper records seen, lost or thrown away unshredded</source>
        <translation>Paperiasiakirjat näkyvät ulkopuolisille, katoavat tai päätyvät silppuamatta roskiin</translation>
    </message>
    <message>
        <source>A computer shared with family or others</source>
        <translation>Tietokone on yhteiskäytössä perheen tai muiden kanssa</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Levyn salaus</translation>
    </message>
    <message>
        <source>The register&apos;s own encryption</source>
        <translation>Rekisterin oma salaus</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Passwords and two-factor sign-in</source>
        <translation>Salasanat ja kaksivaiheinen tunnistus</translation>
    </message>
    <message>
        <source>Updates on time</source>
        <translation>Päivitykset ajallaan</translation>
    </message>
    <message>
        <source>A locked cabinet</source>
        <translation>Lukittu kaappi</translation>
    </message>
</context>
<context>
    <name>SecurityReviewDialog</name>
    <message>
        <source>Security review</source>
        <translation>Tietoturvan arviointi</translation>
    </message>
    <message>
        <source>Yearly security review (Art 32)</source>
        <translation>Tietoturvan vuosiarviointi (32 artikla)</translation>
    </message>
    <message>
        <source>Go through the risks that matter to a one-person business once a year: tick the measures in place against each, add others in your own words and judge the risk that remains. The review starts from the previous one&apos;s answers.</source>
        <translation>Käy kerran vuodessa läpi yhden hengen yrityksen olennaiset riskit: rastita kunkin riskin käytössä olevat suojatoimet, lisää muut omin sanoin ja arvioi jäljelle jäävä riski. Arviointi alkaa edellisen arvioinnin vastauksista.</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Arvioitu &amp;päivänä:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Arvioi&amp;ja:</translation>
    </message>
    <message>
        <source>&amp;Next review by:</source>
        <translation>&amp;Seuraava arviointi viimeistään:</translation>
    </message>
    <message>
        <source>Registers covered:</source>
        <translation>Arviointi kattaa rekisterit:</translation>
    </message>
    <message>
        <source>Where the bac&amp;kups are kept:</source>
        <translation>&amp;Varmuuskopioiden säilytyspaikka:</translation>
    </message>
    <message>
        <source>e.g. an external disk kept at home, weekly</source>
        <translation>esim. ulkoinen levy kotona, viikoittain</translation>
    </message>
    <message>
        <source>The register file is encrypted.</source>
        <translation>Rekisteritiedosto on salattu.</translation>
    </message>
    <message>
        <source>The register file is not encrypted: its own encryption cannot be counted as a measure (turn it on under Settings).</source>
        <translation>Rekisteritiedostoa ei ole salattu: rekisterin omaa salausta ei voi laskea suojatoimeksi (ota se käyttöön Asetuksissa).</translation>
    </message>
    <message>
        <source>Risks and the measures in place</source>
        <translation>Riskit ja käytössä olevat suojatoimet</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Muut suojatoimet</translation>
    </message>
    <message>
        <source>Other measures: %1</source>
        <translation>Muut suojatoimet: %1</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Jäännösriski:</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>Jäännösriski: %1</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Sent &amp;as:</source>
        <translation>&amp;Lähetystapa:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Lähetys&amp;päivä:</translation>
    </message>
    <message>
        <source>&amp;Reference (optional):</source>
        <translation>&amp;Viite (valinnainen):</translation>
    </message>
    <message>
        <source>tracking number or the e-mail&apos;s subject</source>
        <translation>lähetystunnus tai sähköpostin aihe</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Ohjelman kieli</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Yrityksen tiedot</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Valvontaviranomainen</translation>
    </message>
    <message>
        <source>Privacy statements and letters tell people where to complain. Check the address now and then: authorities move.</source>
        <translation>Tietosuojaselosteissa ja kirjeissä kerrotaan, mihin voi tehdä valituksen. Tarkista yhteystiedot silloin tällöin: viranomaisetkin muuttavat.</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the program:</source>
        <translation>Oh&amp;jelman kieli:</translation>
    </message>
    <message>
        <source>Save p&amp;rofile</source>
        <translation>Tallenna yrityksen tie&amp;dot</translation>
    </message>
    <message>
        <source>Save authorit&amp;y</source>
        <translation>Tallenna viranomai&amp;sen tiedot</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>Palauta oletusteksti</translation>
    </message>
    <message>
        <source>Supervisory authority (%1)</source>
        <translation>Valvontaviranomainen (%1)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Everything you record is kept in this folder on this computer, with the program&apos;s log files in its logs folder.</source>
        <translation>Kaikki kirjaamasi tiedot tallennetaan tähän kansioon tällä tietokoneella; ohjelman lokitiedostot ovat sen logs-alikansiossa.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Avaa kansio</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Every change is recorded, and the record can be checked for tampering.</source>
        <translation>Jokainen muutos kirjataan, ja kirjausten koskemattomuuden voi tarkistaa.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Tapahtumaloki…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up Tietosuoja Desktop</source>
        <translation>Tietosuoja Desktopin käyttöönotto</translation>
    </message>
</context>
<context>
    <name>SigningMessages</name>
    <message>
        <source>The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>Tunnuslause on väärä, tai tiedosto ei ole PKCS#12-tiedosto (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Enter the business name in the business profile first.</source>
        <translation>Anna ensin yrityksen nimi yrityksen tiedoissa.</translation>
    </message>
    <message>
        <source>The business ID (Y-tunnus) %1 in the business profile is not valid.</source>
        <translation>Yrityksen tietojen Y-tunnus %1 ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the signing key.</source>
        <translation>Anna tunnuslause allekirjoitusavaimen suojaamiseksi.</translation>
    </message>
    <message>
        <source>A signing identity already exists.</source>
        <translation>Allekirjoitusvarmenne on jo olemassa.</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Tiedostoa %1 ei voitu lukea</translation>
    </message>
    <message>
        <source>The file must hold both a private key and its certificate.</source>
        <translation>Tiedostossa on oltava sekä yksityinen avain että sen varmenne.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>Tiedoston yksityinen avain ei kuulu sen varmenteeseen.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Varmenne on vanhentunut.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Create or import a new signing identity.</source>
        <translation>Allekirjoitusvarmenne on vanhentunut. Luo tai tuo uusi allekirjoitusvarmenne.</translation>
    </message>
    <message>
        <source>The certificate is not meant for signing documents.</source>
        <translation>Varmennetta ei ole tarkoitettu asiakirjojen allekirjoittamiseen.</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create or import one first.</source>
        <translation>Allekirjoitusvarmennetta ei ole vielä. Luo tai tuo se ensin.</translation>
    </message>
    <message>
        <source>The document could not be signed: %1</source>
        <translation>Asiakirjaa ei voitu allekirjoittaa: %1</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation>Tiedosto ei ole luettava PDF-asiakirja.</translation>
    </message>
    <message>
        <source>The file begins like a PDF document but cannot be read: it is damaged or incomplete (for example cut short while it was copied or downloaded).</source>
        <translation>Tiedosto alkaa kuin PDF-asiakirja, mutta sitä ei voi lukea: se on vioittunut tai keskeneräinen (esimerkiksi katkennut kopioinnin tai latauksen aikana).</translation>
    </message>
    <message>
        <source>The document has no digital signature.</source>
        <translation>Asiakirjassa ei ole sähköistä allekirjoitusta.</translation>
    </message>
    <message>
        <source>The document has a signature, but its signature data is damaged and cannot be read.</source>
        <translation>Asiakirjassa on allekirjoitus, mutta sen allekirjoitustiedot ovat vioittuneet eikä niitä voi lukea.</translation>
    </message>
    <message>
        <source>The signature does not match the document: the signed content has been changed or the signature is damaged.</source>
        <translation>Allekirjoitus ei vastaa asiakirjaa: allekirjoitettua sisältöä on muutettu tai allekirjoitus on vioittunut.</translation>
    </message>
    <message>
        <source>The document has been changed after it was signed.</source>
        <translation>Asiakirjaa on muutettu allekirjoituksen jälkeen.</translation>
    </message>
    <message>
        <source>The file has data after the end of the signed document that no signature covers.</source>
        <translation>Tiedostossa on allekirjoitetun asiakirjan lopun jälkeen tietoa, jota mikään allekirjoitus ei kata.</translation>
    </message>
    <message>
        <source>The signature is valid, but the signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>Allekirjoitus on kelvollinen, mutta allekirjoittajan varmenne on itse allekirjoitettu eikä varmentajan myöntämä.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>Allekirjoittajan varmenne on itse allekirjoitettu eikä varmentajan myöntämä.</translation>
    </message>
    <message>
        <source>Not a PDF document</source>
        <translation>Ei PDF-asiakirja</translation>
    </message>
    <message>
        <source>Damaged or incomplete PDF</source>
        <translation>Vioittunut tai keskeneräinen PDF</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ei allekirjoitettu</translation>
    </message>
    <message>
        <source>The signature is damaged</source>
        <translation>Allekirjoitus on vioittunut</translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation>Allekirjoitus ei ole kelvollinen</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file</source>
        <translation>Allekirjoitus ei kata koko tiedostoa</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Varmenne on peruutettu</translation>
    </message>
    <message>
        <source>Added after signing: a further signature. It does not change the signed document.</source>
        <translation>Lisätty allekirjoituksen jälkeen: uusi allekirjoitus. Se ei muuta allekirjoitettua asiakirjaa.</translation>
    </message>
    <message>
        <source>Added after signing: data for checking the signature in the long term (DSS/LTV). It does not change the signed document.</source>
        <translation>Lisätty allekirjoituksen jälkeen: tiedot allekirjoituksen tarkistamiseksi pitkällä aikavälillä (DSS/LTV). Ne eivät muuta allekirjoitettua asiakirjaa.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be traced to a trusted certification authority.</source>
        <translation>Allekirjoittajan varmennetta ei voitu jäljittää luotettuun varmentajaan.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Allekirjoittajan varmenne on peruutettu.</translation>
    </message>
    <message>
        <source>A signature could not be checked: %1</source>
        <translation>Allekirjoitusta ei voitu tarkistaa: %1</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Opening the register…

After an update of the program, a large register can take a few minutes to open. Please wait.</source>
        <translation>Avataan rekisteriä…

Ohjelman päivityksen jälkeen suuren rekisterin avaaminen voi kestää muutaman minuutin. Odota hetki.</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <source>Checking the register after an unfinished session…</source>
        <translation>Rekisteriä tarkistetaan, koska edellinen istunto päättyi kesken…</translation>
    </message>
    <message>
        <source>A backup made on closing failed its check: %1. The register will be checked in full at the next start.</source>
        <translation>Sulkemisen yhteydessä tehty varmuuskopio ei läpäissyt tarkistusta: %1. Rekisteri tarkistetaan kokonaan seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <source>The register was checked: it is whole.</source>
        <translation>Rekisteri tarkistettiin: se on eheä.</translation>
    </message>
    <message>
        <source>The backup on closing was not made: there is not enough disk space.</source>
        <translation>Sulkemisen yhteydessä otettavaa varmuuskopiota ei tehty: levytilaa ei ole tarpeeksi.</translation>
    </message>
    <message>
        <source>The register file is damaged. Nothing has been saved since the app started. Tietosuoja Desktop closes now; at the next start it offers to restore the latest good backup.</source>
        <translation>Rekisteritiedosto on vioittunut. Mitään ei ole tallennettu sovelluksen käynnistymisen jälkeen. Tietosuoja Desktop sulkeutuu nyt; seuraavalla käynnistyskerralla se tarjoutuu palauttamaan viimeisimmän ehjän varmuuskopion.</translation>
    </message>
</context>
<context>
    <name>StartNotice</name>
    <message>
        <source>Requests need attention</source>
        <translation>Pyynnöt vaativat huomiota</translation>
    </message>
    <message>
        <source>Requests due within a week or overdue</source>
        <translation>Viikon sisällä erääntyvät ja myöhässä olevat pyynnöt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue.</source>
        <translation>
            <numerusform>%n pyyntö myöhässä.</numerusform>
            <numerusform>%n pyyntöä myöhässä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due within seven days.</source>
        <translation>
            <numerusform>%n pyyntö erääntyy seitsemän päivän sisällä.</numerusform>
            <numerusform>%n pyyntöä erääntyy seitsemän päivän sisällä.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation>&amp;Avaa pyyntö</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>The file has no column of e-mail addresses, phone numbers or street addresses (headers such as email, phone, street_address and postal_code).</source>
        <translation>Tiedostossa ei ole sähköpostiosoitteiden, puhelinnumeroiden eikä katuosoitteiden saraketta (otsikot esim. sähköposti, puhelin, katuosoite ja postinumero tai email, phone, street_address ja postal_code).</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mallipohja:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallipohjat</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>What kind of business?</source>
        <translation>Millainen yritys?</translation>
    </message>
    <message>
        <source>Choose the template closest to yours for your first register.</source>
        <translation>Valitse ensimmäiselle rekisterillesi toimintaasi lähimpänä oleva malli.</translation>
    </message>
    <message>
        <source>The template fills in the purposes, legal bases, data, sources, retention and security of the privacy statement. You can edit every part on the next page.</source>
        <translation>Malli täyttää tietosuojaselosteen käyttötarkoitukset, oikeusperusteet, tietosisällön, tietolähteet, säilytysajan ja suojauksen. Voit muokata jokaista kohtaa seuraavalla sivulla.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Web shop</source>
        <translation>Verkkokauppa</translation>
    </message>
    <message>
        <source>Service business</source>
        <translation>Palveluyritys</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <translation>Kahvila tai ravintola</translation>
    </message>
    <message>
        <source>Hair and beauty</source>
        <translation>Kampaamo ja kauneushoitola</translation>
    </message>
    <message>
        <source>Builder or craftsman</source>
        <translation>Rakentaja tai käsityöläinen</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Valokuvaaja</translation>
    </message>
    <message>
        <source>Consultant or freelancer</source>
        <translation>Konsultti tai freelancer</translation>
    </message>
    <message>
        <source>Employee register</source>
        <translation>Työntekijärekisteri</translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation>Työnhakijat</translation>
    </message>
    <message>
        <source>Orders, deliveries, returns, a newsletter and the shop&apos;s cookies.</source>
        <translation>Tilaukset, toimitukset, palautukset, uutiskirje ja kaupan evästeet.</translation>
    </message>
    <message>
        <source>Appointments and client work, e.g. a music teacher, a dog groomer or a repair service.</source>
        <translation>Ajanvaraukset ja asiakastyöt, esim. musiikinopettaja, koiratrimmaaja tai korjauspalvelu.</translation>
    </message>
    <message>
        <source>Table bookings, catering orders, allergy notes and a regulars&apos; club.</source>
        <translation>Pöytävaraukset, tilaustarjoilut, allergiatiedot ja kanta-asiakasohjelma.</translation>
    </message>
    <message>
        <source>Appointments, treatment notes, allergies to products and gift cards.</source>
        <translation>Ajanvaraukset, asiakaskortit, tuoteallergiat ja lahjakortit.</translation>
    </message>
    <message>
        <source>Quotes, contracts, work sites, household tax credit and warranty claims.</source>
        <translation>Tarjoukset, sopimukset, työmaat, kotitalousvähennys ja takuuasiat.</translation>
    </message>
    <message>
        <source>Shoots, image deliveries, portfolio permissions and the image archive.</source>
        <translation>Kuvaukset, kuvien toimitus, julkaisuluvat ja kuva-arkisto.</translation>
    </message>
    <message>
        <source>Client companies&apos; contact persons, assignments, invoicing and networking.</source>
        <translation>Asiakasyritysten yhteyshenkilöt, toimeksiannot, laskutus ja verkostot.</translation>
    </message>
    <message>
        <source>Your staff: pay, taxes, pensions, occupational health care and absences.</source>
        <translation>Henkilöstösi: palkat, verot, eläkkeet, työterveyshuolto ja poissaolot.</translation>
    </message>
    <message>
        <source>Applications for a job, kept for a year unless the applicant agrees longer.</source>
        <translation>Työhakemukset, jotka säilytetään vuoden, ellei hakija suostu pidempään.</translation>
    </message>
    <message>
        <source>Members, membership fees and news for the members of a registered society.</source>
        <translation>Rekisteröidyn yhdistyksen jäsenet, jäsenmaksut ja jäsentiedotteet.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Deleted with the person&apos;s data (Art 17); it can no longer be opened.</source>
        <translation>Poistettu henkilön tietojen mukana (17 art.); asiakirjaa ei voi enää avata.</translation>
    </message>
    <message>
        <source>Kept in the register: double-click to open it.</source>
        <translation>Säilytetään rekisterissä: avaa kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Not kept in the register; its SHA-256 fingerprint is %1.</source>
        <translation>Ei säilytetä rekisterissä; sen SHA-256-tiiviste on %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Pyynnön aikajana</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
</context>
<context>
    <name>ToldPanel</name>
    <message>
        <source>Told &amp;as:</source>
        <translation>&amp;Tapa:</translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation>&amp;Päivä:</translation>
    </message>
</context>
<context>
    <name>UnprintableDialog</name>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Merkit, joita asiakirjaan ei voi tulostaa</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the document&apos;s font. Fix the texts first, or make the document with the characters marked.</source>
        <translation>Joitakin merkkejä ei voi tulostaa asiakirjan fontilla. Korjaa tekstit ensin tai tee asiakirja niin, että nämä merkit näkyvät korvausmerkkinä.</translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation>Tee silti</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Enter a first name or a last name.</source>
        <translation>Anna etunimi tai sukunimi.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Anna organisaation nimi.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Teksti on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The text contains control characters; retype it without them.</source>
        <translation>Tekstissä on ohjausmerkkejä; kirjoita se uudelleen ilman niitä.</translation>
    </message>
    <message>
        <source>A name must contain at least one letter.</source>
        <translation>Nimessä on oltava vähintään yksi kirjain.</translation>
    </message>
    <message>
        <source>The name contains invisible characters that change the direction of the text; retype it without them.</source>
        <translation>Nimessä on näkymättömiä merkkejä, jotka muuttavat tekstin suuntaa; kirjoita se uudelleen ilman niitä.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Päivämäärä ei voi olla ennen %1.</translation>
    </message>
    <message>
        <source>A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8.</source>
        <translation>Y-tunnus on seitsemän numeroa, väliviiva ja tarkistusnumero, esim. 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of the business ID is wrong; check the number.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää; tarkista tunnus.</translation>
    </message>
    <message>
        <source>Enter the business ID (Y-tunnus).</source>
        <translation>Anna Y-tunnus.</translation>
    </message>
    <message>
        <source>A personal identity code is written DDMMYYCZZZQ, e.g. 131052-308T.</source>
        <translation>Henkilötunnus kirjoitetaan muodossa PPKKVVYNNNT, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>The personal identity code contains a date that does not exist.</source>
        <translation>Henkilötunnuksen päivämäärää ei ole olemassa.</translation>
    </message>
    <message>
        <source>The individual number of the personal identity code must be between 002 and 899.</source>
        <translation>Henkilötunnuksen yksilönumeron on oltava välillä 002–899.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong; check the code.</source>
        <translation>Henkilötunnuksen tarkistusmerkki ei täsmää; tarkista tunnus.</translation>
    </message>
    <message>
        <source>Enter a phone number such as 040 123 4567, or with its country code, e.g. +46 70 123 45 67.</source>
        <translation>Anna puhelinnumero muodossa 040 123 4567 tai maatunnuksen kanssa, esim. +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in its country; check the digits.</source>
        <translation>Numero ei ole kelvollinen puhelinnumero maassaan; tarkista numerot.</translation>
    </message>
    <message>
        <source>Enter an e-mail address of the form name@example.fi.</source>
        <translation>Anna sähköpostiosoite muodossa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>A Finnish postal code is five digits, e.g. 00100.</source>
        <translation>Suomalainen postinumero on viisi numeroa, esim. 00100.</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or hyphens.</source>
        <translation>Postinumerossa on 2–12 kirjainta, numeroa, välilyöntiä tai väliviivaa.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The birth date cannot be before %1.</source>
        <translation>Syntymäaika ei voi olla ennen vuotta %1.</translation>
    </message>
    <message>
        <source>The birth date does not match the personal identity code.</source>
        <translation>Syntymäaika ei vastaa henkilötunnusta.</translation>
    </message>
    <message>
        <source>Enter a name for the register.</source>
        <translation>Anna rekisterille nimi.</translation>
    </message>
    <message>
        <source>Describe purpose %1.</source>
        <translation>Kuvaa käyttötarkoitus %1.</translation>
    </message>
    <message>
        <source>Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).</source>
        <translation>Käyttötarkoitus %1 perustuu oikeutettuun etuun: kuvaa nämä edut (13 art. 1 d).</translation>
    </message>
    <message>
        <source>Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f)).</source>
        <translation>Tietoja siirretään EU:n tai ETA:n ulkopuolelle: kuvaa suojatoimet (13 art. 1 f).</translation>
    </message>
    <message>
        <source>This answer does not fit the question.</source>
        <translation>Tämä vastaus ei sovi kysymykseen.</translation>
    </message>
    <message>
        <source>Describe the automated decisions or profiling: the logic and what follows for the person (Art 13(2)(f)).</source>
        <translation>Kuvaa automaattiset päätökset tai profilointi: käytetty logiikka ja seuraukset rekisteröidylle (13 art. 2 f).</translation>
    </message>
    <message>
        <source>Say which data must be given, on what law or contract, and what follows if it is not given (Art 13(2)(e)).</source>
        <translation>Kerro, mitkä tiedot on annettava, minkä lain tai sopimuksen perusteella ja mitä seuraa, jos niitä ei anneta (13 art. 2 e).</translation>
    </message>
    <message>
        <source>The retention period must be from %1 to %2 years.</source>
        <translation>Säilytysajan on oltava %1–%2 vuotta.</translation>
    </message>
    <message>
        <source>No purposes of processing yet: add at least one with its legal basis.</source>
        <translation>Käyttötarkoituksia ei ole vielä: lisää vähintään yksi oikeusperusteineen.</translation>
    </message>
    <message>
        <source>Describe what personal data the register contains.</source>
        <translation>Kuvaa, mitä henkilötietoja rekisterissä on.</translation>
    </message>
    <message>
        <source>Describe where the data comes from, e.g. from the customers themselves.</source>
        <translation>Kuvaa, mistä tiedot saadaan, esim. asiakkailta itseltään.</translation>
    </message>
    <message>
        <source>Name the recipients and regular disclosures, or write that there are none.</source>
        <translation>Nimeä vastaanottajat ja säännönmukaiset luovutukset tai kirjoita, ettei niitä ole.</translation>
    </message>
    <message>
        <source>Say how long the data is kept, or the criteria for deciding it.</source>
        <translation>Kerro, kuinka kauan tietoja säilytetään, tai millä perusteella säilytysaika määräytyy.</translation>
    </message>
    <message>
        <source>Describe how manual (paper) material is protected, or that there is none.</source>
        <translation>Kuvaa, miten manuaalinen (paperinen) aineisto suojataan, tai ettei sitä ole.</translation>
    </message>
    <message>
        <source>Describe the organisational measures, e.g. confidentiality undertakings, access only for those who need it, training.</source>
        <translation>Kuvaa organisatoriset suojatoimet, esim. vaitiolositoumukset, käyttöoikeudet vain tarvitseville, koulutus.</translation>
    </message>
    <message>
        <source>Describe how electronically processed data is protected.</source>
        <translation>Kuvaa, miten sähköisesti käsiteltävät tiedot suojataan.</translation>
    </message>
    <message>
        <source>Say whose data the register holds, e.g. customers and their contact persons.</source>
        <translation>Kerro, keiden tietoja rekisterissä on, esim. asiakkaiden ja heidän yhteyshenkilöidensä.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Name at least one register the review covers.</source>
        <translation>Valitse vähintään yksi rekisteri, jonka arviointi kattaa.</translation>
    </message>
    <message>
        <source>There is no register %1.</source>
        <translation>Rekisteriä %1 ei ole.</translation>
    </message>
    <message>
        <source>Go through this risk too.</source>
        <translation>Käy läpi myös tämä riski.</translation>
    </message>
    <message>
        <source>The risk %1 is reviewed twice.</source>
        <translation>Riski %1 on arvioitu kahdesti.</translation>
    </message>
    <message>
        <source>Choose the measures in place against this risk, or say why none is needed.</source>
        <translation>Valitse tätä riskiä vastaan käytössä olevat suojatoimet tai kerro, miksi niitä ei tarvita.</translation>
    </message>
    <message>
        <source>The register is not encrypted: turn encryption on in Settings, or do not count the app&apos;s encryption as a measure.</source>
        <translation>Rekisteriä ei ole salattu: ota salaus käyttöön Asetuksissa tai älä laske sovelluksen salausta suojatoimeksi.</translation>
    </message>
    <message>
        <source>Say where the backups are kept.</source>
        <translation>Kerro, missä varmuuskopioita säilytetään.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>Seuraavan arvioinnin on oltava tämän jälkeen.</translation>
    </message>
    <message>
        <source>Review security at least once a year: the next review is due by %1.</source>
        <translation>Arvioi tietoturva vähintään kerran vuodessa: seuraava arviointi viimeistään %1.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Saapumispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Give the amount in euros with at most two decimals, e.g. 12,50.</source>
        <translation>Anna summa euroina enintään kahdella desimaalilla, esim. 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot exceed %1 euros.</source>
        <translation>Summa voi olla enintään %1 euroa.</translation>
    </message>
    <message>
        <source>The received date cannot be before %1: the GDPR, under which requests are made, applies from that day.</source>
        <translation>Saapumispäivä ei voi olla ennen %1: pyynnöt tehdään tietosuoja-asetuksen nojalla, ja sitä sovelletaan siitä päivästä alkaen.</translation>
    </message>
    <message>
        <source>Choose a customer or give the requester&apos;s name.</source>
        <translation>Valitse asiakas tai anna pyytäjän nimi.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2.</source>
        <translation>Anna kokonaisluku väliltä %1–%2.</translation>
    </message>
    <message>
        <source>Say why the identity is certain.</source>
        <translation>Kerro, miksi henkilöllisyys on varma.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Anna syy määräajan jatkamiselle.</translation>
    </message>
    <message>
        <source>Choose how it was sent.</source>
        <translation>Valitse, miten vastaus lähetettiin.</translation>
    </message>
    <message>
        <source>The sending date is in the future.</source>
        <translation>Lähetyspäivä on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The sending date is before the request was received.</source>
        <translation>Lähetyspäivä on ennen pyynnön saapumista.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Anna syy.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Kuvaa, mitä tapahtui.</translation>
    </message>
    <message>
        <source>Choose at least one: confidentiality, integrity or availability.</source>
        <translation>Valitse vähintään yksi: luottamuksellisuus, eheys tai saatavuus.</translation>
    </message>
    <message>
        <source>The time of discovery cannot be in the future.</source>
        <translation>Havaitsemisen ajankohta ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to %1.</source>
        <translation>Anna luku väliltä 0–%1.</translation>
    </message>
    <message>
        <source>The breach is assessed unlikely to result in a risk, so the authority is not told: record why (Art 33(5)).</source>
        <translation>Arviosi mukaan loukkaus ei todennäköisesti aiheuta riskiä, joten viranomaiselle ei ilmoiteta: kirjaa perustelut (33 art. 5).</translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was discovered.</source>
        <translation>Viranomaiselle ei ole voitu ilmoittaa ennen loukkauksen havaitsemista.</translation>
    </message>
    <message>
        <source>The time of the notification cannot be in the future.</source>
        <translation>Ilmoituksen ajankohta ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The authority was notified more than 72 hours after discovery: give the reasons for the delay (Art 33(1)).</source>
        <translation>Viranomaiselle ilmoitettiin yli 72 tuntia havaitsemisen jälkeen: kerro viivästyksen syyt (33 art. 1).</translation>
    </message>
    <message>
        <source>People cannot have been informed before the breach was discovered.</source>
        <translation>Henkilöille ei ole voitu kertoa ennen loukkauksen havaitsemista.</translation>
    </message>
    <message>
        <source>The time people were informed cannot be in the future.</source>
        <translation>Henkilöille kertomisen ajankohta ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Say how the people were informed, e.g. by letter or e-mail.</source>
        <translation>Kerro, miten henkilöille ilmoitettiin, esim. kirjeellä tai sähköpostilla.</translation>
    </message>
    <message>
        <source>Explain why the exception of Art 34(3) applies.</source>
        <translation>Perustele, miksi 34 artiklan 3 kohdan poikkeus pätee.</translation>
    </message>
    <message>
        <source>The authority has not been notified. Record the notification, or assess the breach as unlikely to result in a risk, before closing it.</source>
        <translation>Viranomaiselle ei ole ilmoitettu. Kirjaa ilmoitus tai arvioi, ettei loukkaus todennäköisesti aiheuta riskiä, ennen kuin suljet sen.</translation>
    </message>
    <message>
        <source>The risk is high: record that the people affected were informed, or the exception of Art 34(3) that applies, before closing the breach.</source>
        <translation>Riski on korkea: kirjaa, että henkilöille on kerrottu, tai sovellettava 34 artiklan 3 kohdan poikkeus, ennen kuin suljet loukkauksen.</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>siirrot EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Not yet answered: is data transferred outside the EU/EEA? The statement says nothing about transfers until you answer (Art 13(1)(f)).</source>
        <translation>Ei vielä vastattu: siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle? Seloste ei kerro siirroista mitään ennen kuin vastaat (13 art. 1 f).</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>onko tiedot annettava</translation>
    </message>
    <message>
        <source>Not yet answered: must people give their data (by law or contract)? The statement says nothing about it until you answer (Art 13(2)(e)).</source>
        <translation>Ei vielä vastattu: onko rekisteröidyn annettava tietonsa lain tai sopimuksen perusteella? Seloste ei kerro siitä mitään ennen kuin vastaat (13 art. 2 e).</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automaattiset päätökset</translation>
    </message>
    <message>
        <source>Not yet answered: are decisions made automatically (Art 22)? The statement says nothing about it until you answer (Art 13(2)(f)).</source>
        <translation>Ei vielä vastattu: tehdäänkö automaattisia päätöksiä (22 art.)? Seloste ei kerro siitä mitään ennen kuin vastaat (13 art. 2 f).</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilointi</translation>
    </message>
    <message>
        <source>Not yet answered: is the data used for profiling (e.g. ad targeting, analytics demographics)? The statement says nothing about it until you answer.</source>
        <translation>Ei vielä vastattu: käytetäänkö tietoja profilointiin (esim. mainonnan kohdentaminen, analytiikan demografiatiedot)? Seloste ei kerro siitä mitään ennen kuin vastaat.</translation>
    </message>
    <message>
        <source>Purpose %1 is not based on legitimate interests: only such a purpose has an assessment.</source>
        <translation>Käyttötarkoitus %1 ei perustu oikeutettuun etuun: arviointi tehdään vain tällaiselle käyttötarkoitukselle.</translation>
    </message>
    <message>
        <source>The register has no purpose %1.</source>
        <translation>Rekisterissä ei ole käyttötarkoitusta %1.</translation>
    </message>
    <message>
        <source>An assessment under the GDPR cannot be dated before %1.</source>
        <translation>Tietosuoja-asetuksen mukaista arviointia ei voi päivätä ennen %1.</translation>
    </message>
    <message>
        <source>A contract date cannot be before %1.</source>
        <translation>Sopimuksen päivämäärä ei voi olla ennen %1.</translation>
    </message>
    <message>
        <source>The review date cannot be before the contract date.</source>
        <translation>Tarkistuspäivä ei voi olla ennen sopimuksen päivämäärää.</translation>
    </message>
    <message>
        <source>A statement&apos;s date cannot be before %1.</source>
        <translation>Selosteen päivämäärä ei voi olla ennen %1.</translation>
    </message>
    <message>
        <source>A new version cannot be dated before version %1 (%2).</source>
        <translation>Uutta versiota ei voi päivätä ennen versiota %1 (%2).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Päivä on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date is before the request was received.</source>
        <translation>Päivä on ennen pyynnön vastaanottamista.</translation>
    </message>
    <message>
        <source>Answer this question: yes or no.</source>
        <translation>Vastaa tähän kysymykseen: kyllä tai ei.</translation>
    </message>
    <message>
        <source>The checklist has no question %1.</source>
        <translation>Tarkistuslistalla ei ole kysymystä %1.</translation>
    </message>
    <message>
        <source>Say why the answer is yes.</source>
        <translation>Perustele, miksi vastaus on kyllä.</translation>
    </message>
    <message>
        <source>The checklist&apos;s answers make a DPIA needed: it cannot be concluded otherwise.</source>
        <translation>Tarkistuslistan vastausten perusteella vaikutustenarviointi tarvitaan: johtopäätös ei voi olla muu.</translation>
    </message>
    <message>
        <source>Name at least one risk to the people.</source>
        <translation>Nimeä vähintään yksi rekisteröityihin kohdistuva riski.</translation>
    </message>
    <message>
        <source>The next review must come after the assessment.</source>
        <translation>Seuraavan uudelleenarvioinnin on oltava arvioinnin jälkeen.</translation>
    </message>
    <message>
        <source>A high residual risk needs the Data Protection Ombudsman consulted before processing (Art 36): the decision cannot be to proceed.</source>
        <translation>Jos jäännösriski on korkea, tietosuojavaltuutettua on kuultava ennen käsittelyä (36 art.): päätös ei voi olla käsittelyn jatkaminen.</translation>
    </message>
    <message>
        <source>Screen the register first: a DPIA is kept where the screening finds it needed.</source>
        <translation>Arvioi ensin rekisterin tarve: vaikutustenarviointi kirjataan, kun tarvearvio toteaa sen tarpeelliseksi.</translation>
    </message>
    <message>
        <source>The end date of a hold cannot be in the past.</source>
        <translation>Eston viimeinen päivä ei voi olla menneisyydessä.</translation>
    </message>
    <message>
        <source>Consent text version %1 is valid only from %2.</source>
        <translation>Suostumustekstin versio %1 on voimassa vasta %2 alkaen.</translation>
    </message>
    <message>
        <source>A new version cannot be valid before version %1 (%2).</source>
        <translation>Uusi versio ei voi olla voimassa ennen versiota %1 (%2).</translation>
    </message>
    <message>
        <source>Say why the answer is yes or no.</source>
        <translation>Perustele, miksi vastaus on kyllä tai ei.</translation>
    </message>
    <message>
        <source>A yes to an Art 37(1) question means a data protection officer is required.</source>
        <translation>Kun johonkin 37 artiklan 1 kohdan kysymykseen vastataan kyllä, tietosuojavastaava on pakollinen.</translation>
    </message>
    <message>
        <source>No Art 37(1) question is answered yes: a data protection officer is not required (one may still be appointed voluntarily).</source>
        <translation>Mihinkään 37 artiklan 1 kohdan kysymykseen ei vastattu kyllä: tietosuojavastaavaa ei vaadita (sen voi silti nimittää vapaaehtoisesti).</translation>
    </message>
    <message>
        <source>Give the data protection officer&apos;s name and an e-mail address or phone number (Art 37(7)).</source>
        <translation>Anna tietosuojavastaavan nimi ja sähköpostiosoite tai puhelinnumero (37 artiklan 7 kohta).</translation>
    </message>
    <message>
        <source>The business details name a data protection officer: conclude that one was appointed voluntarily, or remove the name.</source>
        <translation>Yrityksen tiedoissa on nimetty tietosuojavastaava: valitse, että se on nimitetty vapaaehtoisesti, tai poista nimi.</translation>
    </message>
    <message>
        <source>Access cannot end before it begins.</source>
        <translation>Pääsy ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Tiedostoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Kelvollinen allekirjoitus</translation>
    </message>
    <message>
        <source>Valid, but the certificate is self-signed</source>
        <translation>Kelvollinen, mutta varmenne on itse allekirjoitettu</translation>
    </message>
    <message>
        <source>Valid, but the signer is not verified</source>
        <translation>Kelvollinen, mutta allekirjoittajaa ei ole varmennettu</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Tiedostoa ei ole valittu.</translation>
    </message>
    <message>
        <source>The document has not been changed since it was signed.</source>
        <translation>Asiakirjaa ei ole muutettu allekirjoituksen jälkeen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Check a signature</source>
        <translation>Tarkista allekirjoitus</translation>
    </message>
    <message>
        <source>Check a digital signature</source>
        <translation>Tarkista sähköinen allekirjoitus</translation>
    </message>
    <message>
        <source>Open a PDF to see whether its digital signature is valid, who signed it and when, and whether the document was changed after it was signed.</source>
        <translation>Avaa PDF nähdäksesi, onko sen sähköinen allekirjoitus kelvollinen, kuka sen allekirjoitti ja milloin sekä onko asiakirjaa muutettu allekirjoituksen jälkeen.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Avaa PDF…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Allekirjoittaja:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Y-tunnus:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Allekirjoitusaika:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Muuttamaton allekirjoituksen jälkeen:</translation>
    </message>
</context>
</TS>
