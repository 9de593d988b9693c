<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name />
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
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Id</source>
            <translation>Tunniste</translation>
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
            <translation>Markkinointi kielletty %1 alkaen</translation>
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
            <source>Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; %5 orders are kept anonymised for bookkeeping.</source>
            <translation>Asiakkaan %1 poisto poistaa %2 suostumustapahtumaa, %3 yhteydenottoa ja %4 tilausta; %5 tilausta säilytetään anonymisoituina kirjanpitoa varten.</translation>
        </message>
        <message>
            <source>Erase %1 for good? [y/N]</source>
            <translation>Poistetaanko %1 pysyvästi? [y/N]</translation>
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
            <translation>Asiakkaan %1 markkinointikielto poistettu.</translation>
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
            <source>No consent events.</source>
            <translation>Ei suostumustapahtumia.</translation>
        </message>
        <message>
            <source>Give the amount in euros with at most two decimals, e.g. 12,50.</source>
            <translation>Anna summa euroina enintään kahdella desimaalilla, esim. 12,50.</translation>
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
            <source>No requests.</source>
            <translation>Ei pyyntöjä.</translation>
        </message>
        <message>
            <source>Request %1</source>
            <translation>Pyyntö %1</translation>
        </message>
        <message>
            <source>Request %1 extended.</source>
            <translation>Pyynnön %1 määräaikaa jatkettu.</translation>
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
            <source>No business profile yet: run 'tietosuoja init --name ... --business-id ...'.</source>
            <translation>Yrityksen tietoja ei ole vielä: aja 'tietosuoja init --name ... --business-id ...'.</translation>
        </message>
        <message>
            <source>Give the purpose as BASIS:TEXT with a basis of %1.</source>
            <translation>Anna käyttötarkoitus muodossa PERUSTE:TEKSTI, jossa peruste on jokin seuraavista: %1.</translation>
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
            <source>Customers</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Muutettu</translation>
        </message>
        <message>
            <source>No registers yet: add one with 'tietosuoja register add --name ...'.</source>
            <translation>Rekistereitä ei ole vielä: lisää rekisteri komennolla 'tietosuoja register add --name ...'.</translation>
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
            <source>Could not save %1: %2</source>
            <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
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
            <source>Signing identity created for %1, valid until %2.</source>
            <translation>Allekirjoitusvarmenne luotu: %1, voimassa %2 asti.</translation>
        </message>
        <message>
            <source>Signing identity imported: %1.</source>
            <translation>Allekirjoitusvarmenne tuotu: %1.</translation>
        </message>
        <message>
            <source>No signing identity yet: create one with 'tietosuoja signing create'.</source>
            <translation>Allekirjoitusvarmennetta ei ole vielä: luo se komennolla 'tietosuoja signing create'.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
        </message>
        <message>
            <source>The document has no digital signature.</source>
            <translation>Asiakirjassa ei ole sähköistä allekirjoitusta.</translation>
        </message>
        <message>
            <source>Valid signature by %1 (%2), signed %3; not changed after signing.</source>
            <translation>Kelvollinen allekirjoitus: %1 (%2), allekirjoitettu %3; asiakirjaa ei ole muutettu allekirjoituksen jälkeen.</translation>
        </message>
        <message>
            <source>The signature is NOT valid or the document was changed after signing.</source>
            <translation>Allekirjoitus EI ole kelvollinen tai asiakirjaa on muutettu allekirjoituksen jälkeen.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
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
        <name>Confirm</name>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
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
            <source>&amp;Erase…</source>
            <translation>&amp;Poista…</translation>
        </message>
        <message>
            <source>Erase the person and what is tied to them (Art 17)</source>
            <translation>Poista henkilö ja häneen liittyvät tiedot (17 art.)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>T&amp;allenna</translation>
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
            <translation>Poista &amp;markkinointikielto…</translation>
        </message>
        <message>
            <source>Prohibit mar&amp;keting</source>
            <translation>Kiellä &amp;markkinointi</translation>
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
            <translation>Poistetaanko markkinointikielto?</translation>
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
            <translation>&amp;Organisaatio</translation>
        </message>
        <message>
            <source>&amp;Business ID (Y-tunnus)</source>
            <translation>&amp;Y-tunnus</translation>
        </message>
        <message>
            <source>Birth &amp;date</source>
            <translation>Syntymä&amp;aika</translation>
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
            <translation>Sähköpost&amp;i</translation>
        </message>
        <message>
            <source>&amp;Customer since</source>
            <translation>Asiakkaana &amp;lähtien</translation>
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
            <translation>Markkinointikielto poistettu</translation>
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
            <translation>asiakkaana lähtien</translation>
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
            <translation>markkinointikielto</translation>
        </message>
        <message>
            <source>restriction</source>
            <translation>käsittelyn rajoitus</translation>
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
            <source>orders kept anonymised</source>
            <translation>anonymisoituina säilytettävät tilaukset</translation>
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
            <translation>Asiakkaana lähtien</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
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
        <name>Documents</name>
        <message>
            <source>Set up the business profile before making documents.</source>
            <translation>Täytä yrityksen tiedot ennen asiakirjojen laatimista.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Documents</source>
            <translation>Asiakirjat</translation>
        </message>
        <message>
            <source>Every register below gets its own privacy statement, drawn from the register's description and your business profile.</source>
            <translation>Jokaiselle alla olevalle rekisterille laaditaan oma tietosuojaseloste rekisterin kuvauksesta ja yrityksesi tiedoista.</translation>
        </message>
        <message>
            <source>In this version, privacy statements and access reports are made with the command-line program: run  tietosuoja --help  to see how.</source>
            <translation>Tässä versiossa tietosuojaselosteet ja tarkastusraportit tehdään komentoriviohjelmalla: ohjeet saat komennolla  tietosuoja --help</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Rekisterit</translation>
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
            <source>Deleted:</source>
            <translation>Poistettu:</translation>
        </message>
        <message>
            <source>This will be deleted:</source>
            <translation>Tämä poistetaan:</translation>
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
        <name>Erasure</name>
        <message>
            <source>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the financial year; they are kept without any link to the person (GDPR Art 17(3)(b)).</source>
            <translation>Tilaukset ovat kirjanpidon tositteita, jotka kirjanpitolain (2:10) mukaan on säilytettävä kuusi vuotta tilikauden päättymisvuoden lopusta; ne säilytetään ilman yhteyttä henkilöön (tietosuoja-asetuksen 17 art. 3 b).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
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
            <source>Cannot continue</source>
            <translation>Ei voi jatkaa</translation>
        </message>
        <message>
            <source>Please check these details:</source>
            <translation>Tarkista nämä tiedot:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Hae:</translation>
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
            <translation>&amp;Markkinointi:</translation>
        </message>
        <message>
            <source>Marketing filter</source>
            <translation>Markkinointisuodatin</translation>
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
            <translation>Vain &amp;rajoitetut</translation>
        </message>
        <message>
            <source>People whose processing is restricted (GDPR Art 18)</source>
            <translation>Henkilöt, joiden tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 art.)</translation>
        </message>
        <message>
            <source>Past &amp;retention</source>
            <translation>&amp;Säilytysaika päättynyt</translation>
        </message>
        <message>
            <source>People kept longer than their register's retention period allows</source>
            <translation>Henkilöt, joiden tietoja on säilytetty pidempään kuin rekisterin säilytysaika sallii</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>Marketing allowed</source>
            <translation>Markkinointi sallittu</translation>
        </message>
        <message>
            <source>Marketing prohibited</source>
            <translation>Markkinointi kielletty</translation>
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
            <source>The content of each register's privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</source>
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
            <translation>Asiakkaana lähtien</translation>
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
            <translation>Odottaa henkilöllisyyden todentamista</translation>
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
            <source>This program keeps your customer register and its privacy statement, and reminds you when a person's request must be answered. Setting up takes a few minutes; you can change everything later.</source>
            <translation>Tällä ohjelmalla pidät asiakasrekisterisi ja sen tietosuojaselosteen ajan tasalla, ja se muistuttaa, kun henkilön pyyntöön on vastattava. Käyttöönotto vie muutaman minuutin; kaikkea voi muuttaa myöhemmin.</translation>
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
            <translation>Avaa &amp;tietokansio</translation>
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
            <translation>O&amp;hje</translation>
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
            <source>Nobody has outlived their register's retention.</source>
            <translation>Kenenkään säilytysaika ei ole päättynyt.</translation>
        </message>
        <message>
            <source>Today is %1.</source>
            <translation>Tänään on %1.</translation>
        </message>
    </context>
    <context>
        <name>PersonalIdField</name>
        <message>
            <source>Hid&amp;e</source>
            <translation>P&amp;iilota</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Nä&amp;ytä</translation>
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
        <name>ProfileForm</name>
        <message>
            <source>Business na&amp;me:</source>
            <translation>&amp;Yrityksen nimi:</translation>
        </message>
        <message>
            <source>Street &amp;address:</source>
            <translation>&amp;Katuosoite:</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>&amp;Postinumero:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>P&amp;ostitoimipaikka:</translation>
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
            <translation>Sähköpostiosoit&amp;e:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Verkkosivut:</translation>
        </message>
        <message>
            <source>Con&amp;tact person:</source>
            <translation>&amp;Rekisteriasioiden yhteyshenkilö:</translation>
        </message>
        <message>
            <source>Contact person's phone:</source>
            <translation>Yhteyshenkilön puhelin:</translation>
        </message>
        <message>
            <source>Contact person's e-mail:</source>
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
        <name>RecordTab</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lisää</translation>
        </message>
    </context>
    <context>
        <name>RegisterEditor</name>
        <message>
            <source>Safeguards for the transfers</source>
            <translation>Siirtojen suojatoimet</translation>
        </message>
        <message>
            <source>Safe&amp;guards:</source>
            <translation>&amp;Suojatoimet:</translation>
        </message>
        <message>
            <source>Data is &amp;transferred outside the EU/EEA</source>
            <translation>Tietoja siirretään EU:n tai ETA:n ulk&amp;opuolelle</translation>
        </message>
        <message>
            <source>&amp;Add purpose</source>
            <translation>&amp;Lisää käyttötarkoitus</translation>
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
            <source>Not saved yet.</source>
            <translation>Ei vielä tallennettu.</translation>
        </message>
        <message>
            <source>Drawn up %1, last changed %2.</source>
            <translation>Laadittu %1, viimeksi muutettu %2.</translation>
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
            <source>e.g. the EU Commission's standard contractual clauses</source>
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
            <source>Art 13(2)(f); leave empty when none are made</source>
            <translation>13 art. 2 f; jätä tyhjäksi, jos niitä ei tehdä</translation>
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
            <source>&amp;Save</source>
            <translation>T&amp;allenna</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>Pe&amp;ru muutokset</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>The register description has unsaved changes. Save them?</source>
            <translation>Rekisterin kuvauksessa on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
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
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Data-subject requests</source>
            <translation>Rekisteröityjen pyynnöt</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Nä&amp;ytä:</translation>
        </message>
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
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n pyyntö</numerusform>
                <numerusform>%n pyyntöä</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a request to see how its deadline was counted.</source>
            <translation>Valitse pyyntö nähdäksesi, miten sen määräaika on laskettu.</translation>
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
            <translation>Ohjelman k&amp;ieli:</translation>
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
            <source>Everything you record is kept in this folder on this computer, with the program's log files in its logs folder.</source>
            <translation>Kaikki kirjaamasi tiedot tallennetaan tähän kansioon tällä tietokoneella; ohjelman lokitiedostot ovat sen logs-alikansiossa.</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Avaa kansio</translation>
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
            <source>Orders, deliveries, returns, a newsletter and the shop's cookies.</source>
            <translation>Tilaukset, toimitukset, palautukset, uutiskirje ja kaupan evästeet.</translation>
        </message>
        <message>
            <source>Appointments and client work, e.g. a hairdresser, a physiotherapist or a consultant.</source>
            <translation>Ajanvaraukset ja asiakastyö, esim. kampaamo, fysioterapeutti tai konsultti.</translation>
        </message>
        <message>
            <source>Members, membership fees and news for the members of a registered society.</source>
            <translation>Rekisteröidyn yhdistyksen jäsenet, jäsenmaksut ja jäsentiedotteet.</translation>
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
            <source>There is no register %1.</source>
            <translation>Rekisteriä %1 ei ole.</translation>
        </message>
        <message>
            <source>The received date cannot be in the future.</source>
            <translation>Saapumispäivä ei voi olla tulevaisuudessa.</translation>
        </message>
        <message>
            <source>Choose a customer or give the requester's name.</source>
            <translation>Valitse asiakas tai anna pyytäjän nimi.</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>Anna syy määräajan jatkamiselle.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Anna syy.</translation>
        </message>
    </context>
    <context>
        <name>out</name>
        <message>
            <source>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</source>
            <translation>Kansion %1 rekisteri on auki toisessa ohjelmassa (Tietosuoja Desktop?). Sulje se ja yritä uudelleen.</translation>
        </message>
    </context>
</TS>
